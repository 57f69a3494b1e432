package org.sunshineledger.portal.page;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code of a page's address, for what is printed: the notices' PDF draws its modules, a
 * village's poster shows it as SVG drawn on the server — one path of whole modules, so it prints
 * sharp at any size.
 *
 * @param size the modules per side, quiet zone included
 * @param path the SVG path of the dark modules, one unit a module
 * @param link the address it encodes
 */
public record QrCode(int size, String path, String link) {
  /**
   * Encodes an address with medium error correction (a notice board's paper gets dirty) and a quiet
   * zone of two modules.
   *
   * @param link the address
   * @return its modules
   */
  public static BitMatrix matrix(String link) {
    try {
      return new QRCodeWriter()
          .encode(
              link,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  2));
    } catch (WriterException e) {
      throw new IllegalStateException("cannot encode " + link + " as a QR code", e);
    }
  }

  /**
   * The code as an SVG path: each row's runs of dark modules as one rectangle.
   *
   * @param link the address
   * @return the code
   */
  public static QrCode of(String link) {
    BitMatrix matrix = matrix(link);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y)) {
          x++;
        }
        path.append('M')
            .append(start)
            .append(' ')
            .append(y)
            .append('h')
            .append(x - start)
            .append("v1h-")
            .append(x - start)
            .append('z');
      }
    }
    return new QrCode(matrix.getWidth(), path.toString(), link);
  }
}
