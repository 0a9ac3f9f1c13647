package io.github.planesdk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Work item bodies recorded from a real Plane server ({@code getWorkItem}, and the five items of
 * a {@code listWorkItems} page), and pages of any length made from them: the recorded items in
 * turn, each with its own id, in Plane's page envelope with Plane's cursors.
 *
 * <p>Everything is prepared as bytes up front; writing a page is copying those bytes and 100
 * ids, so the server's share of a request stays small and the same for every client.
 */
final class Payloads {
  static final String API_KEY = "plane_api_0123456789abcdef0123456789abcdef";
  static final String SLUG = "sdk-test";
  static final UUID PROJECT_ID = UUID.fromString("1ab7ec3f-552e-4a0f-845c-0c4371e8ac2c");
  static final UUID WORK_ITEM_ID = UUID.fromString("64d555d1-082a-4c24-886c-1a8b6200c533");
  static final String WORK_ITEMS_PATH =
      "/api/v1/workspaces/" + SLUG + "/projects/" + PROJECT_ID + "/work-items/";
  static final int PER_PAGE = 100;
  /** The budget per window the bench servers announce: never the limit in a bench. */
  static final long LARGE_BUDGET = 10_000_000;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
  private static final int ID_LENGTH = 36;

  /** The body of {@code GET .../work-items/{id}/} as recorded. */
  final byte[] workItem;
  /** The recorded list items, each split around its id. */
  private final byte[][] itemHeads;
  private final byte[][] itemTails;

  Payloads() {
    workItem = resource("work-item.json").getBytes(StandardCharsets.UTF_8);
    String array = resource("work-items.json").trim();
    String[] items = array.substring(1, array.length() - 1).split("(?<=\\}),(?=\\{\"id\":)");
    itemHeads = new byte[items.length][];
    itemTails = new byte[items.length][];
    String head = "{\"id\":\"";
    for (int i = 0; i < items.length; i++) {
      if (!items[i].startsWith(head)) {
        throw new IllegalStateException("a recorded item does not start with its id: " + items[i]);
      }
      itemHeads[i] = head.getBytes(StandardCharsets.UTF_8);
      itemTails[i] = items[i].substring(head.length() + ID_LENGTH).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The id of item {@code n} (0-based) of a synthetic list: distinct for every n. */
  static UUID itemId(long n) {
    return new UUID(0x0000000000004000L, 0x8000000000000000L | n);
  }

  /**
   * Writes page {@code page} (0-based) of a list of {@code total} items in Plane's envelope.
   * The cursor of page k is {@code perPage:k:0}; the last page says {@code next_page_results:
   * false} but still has a {@code next_cursor}, as Plane does.
   */
  void writePage(LoopbackServer.Body body, long total, int perPage, long page) {
    long first = page * perPage;
    long count = Math.max(0, Math.min(perPage, total - first));
    long pages = (total + perPage - 1) / perPage;
    boolean more = first + count < total;
    body.writeAscii(
        "{\"grouped_by\":null,\"sub_grouped_by\":null,\"total_count\":" + total
            + ",\"next_cursor\":\"" + perPage + ":" + (page + 1) + ":0\""
            + ",\"prev_cursor\":\"" + perPage + ":" + (page - 1) + ":1\""
            + ",\"next_page_results\":" + more
            + ",\"prev_page_results\":" + (page > 0)
            + ",\"count\":" + count + ",\"total_pages\":" + pages + ",\"total_results\":" + total
            + ",\"extra_stats\":null,\"results\":[");
    byte[] id = new byte[ID_LENGTH];
    for (long n = first; n < first + count; n++) {
      if (n > first) {
        body.write(',');
      }
      int recorded = (int) (n % itemHeads.length);
      body.write(itemHeads[recorded]);
      writeId(id, n);
      body.write(id);
      body.write(itemTails[recorded]);
    }
    body.writeAscii("]}");
  }

  /** {@link #itemId(long)} as text, without building strings. */
  private static void writeId(byte[] out, long n) {
    byte[] prefix = "00000000-0000-4000-8000-".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    for (int i = ID_LENGTH - 1; i >= prefix.length; i--) {
      out[i] = HEX[(int) (n & 0xf)];
      n >>>= 4;
    }
  }

  /**
   * Serves {@code GET work-items/{id}/} with the recorded item and {@code GET work-items/}
   * with pages of a list of {@code total} items, cursor and {@code per_page} as Plane reads them.
   * Every answer carries Plane's rate-limit headers, counting down from a budget too large to
   * run out.
   */
  LoopbackServer.Handler workItems(long total) {
    AtomicLong served = new AtomicLong();
    return exchange -> {
      // Plane's budget headers on every answer, as the real server sends them, from a budget
      // too large to run out: pacing is the rate-limit bench's subject, not this one's
      exchange.header("X-RateLimit-Remaining", Math.max(0, LARGE_BUDGET - served.incrementAndGet()));
      exchange.header("X-RateLimit-Reset", System.currentTimeMillis() / 1000 + 60);
      if (!exchange.path.startsWith(WORK_ITEMS_PATH)) {
        exchange.status = 404;
        exchange.body.writeAscii("{\"error\":\"The requested resource does not exist.\"}");
        return;
      }
      if (exchange.path.length() > WORK_ITEMS_PATH.length()) {
        exchange.body.write(workItem);
        return;
      }
      int perPage = Integer.parseInt(exchange.query.getOrDefault("per_page", "100"));
      String cursor = exchange.query.get("cursor");
      long page = cursor == null ? 0 : Long.parseLong(cursor.split(":")[1]);
      writePage(exchange.body, total, perPage, page);
    };
  }

  private static String resource(String name) {
    try (InputStream in = Payloads.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bench resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
