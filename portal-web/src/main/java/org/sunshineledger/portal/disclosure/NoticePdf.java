package org.sunshineledger.portal.disclosure;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.DisclosureVersion;
import org.sunshineledger.portal.shared.DistrictClock;

/**
 * The printable notice for the village board (公示告示): A4, the title, the publisher, the window, the
 * records, the complaint channels, a QR code linking to the online version, and the short hash that
 * ties the paper to the transparency log. The CJK font is embedded as a subset, so the notice
 * prints the same everywhere.
 */
@ApplicationScoped
public class NoticePdf {
  private static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private volatile byte[] fontBytes;

  /**
   * Renders the notice of a disclosure's current version.
   *
   * @param current the version and what it prints
   * @param link the online version's address, for the QR code
   * @return the PDF's bytes
   */
  public byte[] render(DisclosureQueries.Current current, String link) {
    DisclosureVersion v = current.version();
    try {
      BaseFont base =
          BaseFont.createFont(
              "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
      Font title = new Font(base, 18);
      Font body = new Font(base, 11);
      Font small = new Font(base, 9);
      Font header = new Font(base, 10, Font.NORMAL, Color.WHITE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Document document = new Document(PageSize.A4, 48, 48, 48, 56);
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(v.content().title());
      document.addCreator("Sunshine Ledger 阳光账本");
      document.open();

      Paragraph heading = new Paragraph(v.content().title(), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingAfter(10);
      document.add(heading);
      document.add(
          new Paragraph("公开主体：" + v.publisher().name() + "　　公开事项：" + v.kind().chinese(), body));
      document.add(
          new Paragraph(
              "公示期："
                  + DAY.format(v.windowStart())
                  + " 至 "
                  + DAY.format(v.windowEnd())
                  + "（共"
                  + (java.time.temporal.ChronoUnit.DAYS.between(v.windowStart(), v.windowEnd()) + 1)
                  + "天）",
              body));
      if (v.replaces() > 0) {
        document.add(
            new Paragraph(
                "更正：本版为第" + v.number() + "版，更正第" + v.replaces() + "版。更正原因：" + v.reason(), body));
      }
      if (!v.content().statement().isBlank()) {
        Paragraph statement = new Paragraph(v.content().statement(), body);
        statement.setSpacingBefore(8);
        document.add(statement);
      }
      if (!v.content().columns().isEmpty()) {
        PdfPTable table = new PdfPTable(v.content().columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String column : v.content().columns()) {
          PdfPCell cell = new PdfPCell(new Phrase(column, header));
          cell.setBackgroundColor(new Color(0x1f, 0x4e, 0x79));
          cell.setPadding(4);
          table.addCell(cell);
        }
        for (List<Cell> row : v.content().rows()) {
          for (Cell value : row) {
            PdfPCell cell = new PdfPCell(new Phrase(value.value(), body));
            cell.setPadding(4);
            if (value.type() == Cell.Type.AMOUNT || value.type() == Cell.Type.NUMBER) {
              cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
          }
        }
        document.add(table);
      }
      Paragraph channels =
          new Paragraph(
              "如对公示内容有异议，请在公示期内通过以下渠道反映："
                  + String.join("；", current.complaintChannels())
                  + "；或扫描二维码在线提出。",
              body);
      channels.setSpacingBefore(12);
      document.add(channels);

      PdfPTable footer = new PdfPTable(new float[] {1, 4});
      footer.setWidthPercentage(100);
      footer.setSpacingBefore(14);
      PdfPCell qr = new PdfPCell(qrCode(writer.getDirectContent(), link), false);
      qr.setBorder(0);
      footer.addCell(qr);
      PdfPCell facts =
          new PdfPCell(
              new Phrase(
                  "在线查看："
                      + link
                      + "\n"
                      + "版本：第"
                      + v.number()
                      + "版　日志序号："
                      + current.row().leafIndex()
                      + "\n"
                      + "摘要（SHA-256 前16位）："
                      + v.shortHash()
                      + "\n"
                      + "核验方法："
                      + link.replaceFirst("/disclosures/\\d+$", "/transparency"),
                  small));
      facts.setBorder(0);
      facts.setVerticalAlignment(Element.ALIGN_MIDDLE);
      footer.addCell(facts);
      document.add(footer);
      document.add(
          new Paragraph(
              new Chunk("发布日期：" + DAY.format(v.publishedAt().atZone(DistrictClock.ZONE)), small)));
      document.close();
      return out.toByteArray();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot render the notice of " + v.disclosureId(), e);
    }
  }

  private static Image qrCode(PdfContentByte canvas, String link) throws DocumentException {
    BitMatrix matrix = org.sunshineledger.portal.page.QrCode.matrix(link);
    float module = 3f;
    PdfTemplate template =
        canvas.createTemplate(matrix.getWidth() * module, matrix.getHeight() * module);
    template.setColorFill(Color.BLACK);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          template.rectangle(x * module, (matrix.getHeight() - 1 - y) * module, module, module);
        }
      }
    }
    template.fill();
    return Image.getInstance(template);
  }

  private byte[] font() {
    byte[] bytes = fontBytes;
    if (bytes == null) {
      try (InputStream in = NoticePdf.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException(
              FONT + " is missing from the build: the fetch-notice-font profile puts it there");
        }
        bytes = in.readAllBytes();
        fontBytes = bytes;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes;
  }
}
