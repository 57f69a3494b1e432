package org.sunshineledger.portal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.DisclosureVersion;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.disclosure.Publisher;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/** Issue 4: the printable notice carries its facts, masked, in an embedded CJK font, with a QR. */
class NoticePdfTest {
  @Test
  void a_printed_notice_names_window_channels_hash_and_links_its_online_version() throws Exception {
    DisclosureVersion version =
        new DisclosureVersion(
            42,
            2,
            DisclosureKind.INCOME_DISTRIBUTION,
            new Publisher(
                DisclosureLevel.VILLAGE, new TownshipId(7), new VillageId(31), "石灰窑埠村村民委员会"),
            new NoticeContent(
                "2019年光伏收益分配名单公示",
                "现将收益分配名单公示如下。",
                List.of("户主", "联系电话", "分配金额（元）"),
                List.of(
                    List.of(
                        Cell.person("张小三"),
                        Cell.phone("13812345678"),
                        Cell.amount(Money.yuan("600.00"))))),
            LocalDate.of(2019, 5, 6),
            LocalDate.of(2019, 5, 15),
            1,
            "金额录入错误",
            "eshan-officer",
            Instant.parse("2019-05-06T02:00:00Z"));
    DisclosureVersionEntity row =
        new DisclosureVersionEntity(
            42,
            2,
            17,
            "00",
            version.canonicalJson(),
            version.publishedAt().atOffset(ZoneOffset.UTC));
    String link = "https://sunshine.example/disclosures/42";
    byte[] pdf =
        new NoticePdf()
            .render(
                new DisclosureQueries.Current(
                    version, row, List.of("全国扶贫监督举报电话 12317", "村级监督电话 0632-1234567"), null),
                link);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertTrue(text.contains("2019年光伏收益分配名单公示"), text);
      assertTrue(text.contains("2019年5月6日至2019年5月15日"), text);
      assertTrue(text.contains("张*三") && text.contains("138****5678"), text);
      assertFalse(text.contains("张小三") || text.contains("13812345678"), text);
      assertTrue(text.contains("12317") && text.contains("0632-1234567"), text);
      assertTrue(text.contains(version.shortHash()), text);
      assertTrue(text.contains("更正第1版") && text.contains("金额录入错误"), text);

      // the glyphs travel with the file: a TrueType subset (CIDFontType2 with FontFile2)
      PDFont font =
          document
              .getPage(0)
              .getResources()
              .getFont(document.getPage(0).getResources().getFontNames().iterator().next());
      assertTrue(font.isEmbedded());
      PDCIDFontType2 cid = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
      assertNotNull(cid.getFontDescriptor().getFontFile2());
      assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC.*"), font.getName());

      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      String decoded =
          new MultiFormatReader()
              .decode(
                  new BinaryBitmap(
                      new HybridBinarizer(
                          new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))))
              .getText();
      assertEquals(link, decoded);
    }
  }
}
