package io.github.planesdk.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit.xml} for CI: a testsuite per API version (and one for the cross-cutting checks),
 * one testcase per operation; a deviation is a {@code <failure>}, a skip or "not supported" is
 * {@code <skipped>}.
 */
final class JUnitXmlReport {
  static final String FILE = "junit.xml";

  private JUnitXmlReport() {}

  static void write(Results results, Target target, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "plane-conformance");
      String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
      String server = results.scrub(target.describe());
      // one suite per API version, then the cross-cutting checks
      for (ApiVersion version : results.versions()) {
        suite(xml, "plane-conformance " + version.label(), results.specOperations(version), timestamp, server);
      }
      suite(xml, "plane-conformance " + Results.CROSS_CUTTING, results.crossCutting(), timestamp, server);
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void suite(XMLStreamWriter xml, String name, List<OperationResult> rows, String timestamp,
      String server) throws XMLStreamException {
    Map<Verdict, Integer> counts = Results.counts(rows);
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", String.valueOf(rows.size()));
    xml.writeAttribute("failures", String.valueOf(counts.get(Verdict.DEVIATION)));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", String.valueOf(counts.get(Verdict.SKIPPED) + counts.get(Verdict.NOT_SUPPORTED)));
    xml.writeAttribute("timestamp", timestamp);
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    property(xml, "server", server);
    xml.writeEndElement();
    for (OperationResult r : rows) {
      xml.writeCharacters("\n    ");
      testcase(xml, r);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void testcase(XMLStreamWriter xml, OperationResult r) throws XMLStreamException {
    xml.writeStartElement("testcase");
    String version = r.version() == null ? "" : r.version().label() + ".";
    xml.writeAttribute("classname", "plane.conformance." + version + clean(r.group()).replace(' ', '_'));
    xml.writeAttribute("name", clean(r.name() + (r.method().isEmpty() ? "" : " " + r.method() + " " + r.path())));
    xml.writeAttribute("time", String.format(java.util.Locale.ROOT, "%.3f", r.seconds()));
    Verdict verdict = r.verdict();
    List<Finding> deciding = r.deciding();
    String all = lines(deciding);
    if (verdict == Verdict.DEVIATION) {
      xml.writeStartElement("failure");
      xml.writeAttribute("type", "deviation");
      xml.writeAttribute("message", clean(deciding.get(0).detail()));
      xml.writeCharacters(clean(all));
      xml.writeEndElement();
    } else if (verdict == Verdict.SKIPPED || verdict == Verdict.NOT_SUPPORTED) {
      xml.writeStartElement("skipped");
      xml.writeAttribute("message", clean(verdict.label() + ": " + deciding.get(0).detail()));
      xml.writeEndElement();
    } else {
      xml.writeStartElement("system-out");
      xml.writeCharacters(clean(lines(r.findings())));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static String lines(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.verdict().label() + " " + f.check() + ": " + f.detail())
        .collect(Collectors.joining("\n"));
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", clean(value));
  }

  /** Drops characters XML 1.0 cannot carry (a server may send any byte). */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> {
          boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
          out.appendCodePoint(allowed ? c : 0xFFFD);
        });
    return out.toString();
  }
}
