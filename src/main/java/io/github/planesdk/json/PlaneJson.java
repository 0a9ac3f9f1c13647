package io.github.planesdk.json;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The one Moshi configuration of the SDK: JDK value types, generated enums that tolerate
 * unknown values, expandable references, and answers that are a page or a single match. Unknown JSON fields are ignored (Moshi's default).
 */
public final class PlaneJson {
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(new ValueTypes())
          .add(new WireEnumJsonAdapterFactory())
          .add(new ExpandableJsonAdapterFactory())
          .add(new PageOrItemJsonAdapterFactory())
          .build();

  private PlaneJson() {}

  /** The shared, immutable Moshi instance. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /** Adapters for the JDK types the generated models use. */
  static final class ValueTypes {
    @FromJson
    UUID uuid(String s) {
      return UUID.fromString(s);
    }

    @ToJson
    String uuid(UUID u) {
      return u.toString();
    }

    @FromJson
    OffsetDateTime dateTime(String s) {
      return OffsetDateTime.parse(s);
    }

    @ToJson
    String dateTime(OffsetDateTime t) {
      // toString() drops zero seconds ("...T00:00Z"), which is not an RFC 3339 date-time
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    @FromJson
    LocalDate date(String s) {
      return LocalDate.parse(s);
    }

    @ToJson
    String date(LocalDate d) {
      return d.toString();
    }

    /** {@code format: uri} fields of the v2 models (webhook and release-link URLs). */
    @FromJson
    URI uri(String s) {
      return URI.create(s);
    }

    @ToJson
    String uri(URI u) {
      return u.toString();
    }

    @FromJson
    BigDecimal decimal(String s) {
      return new BigDecimal(s);
    }

    @ToJson
    String decimal(BigDecimal d) {
      return d.toPlainString();
    }
  }
}
