package org.sunshineledger.portal.village;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;

/**
 * The district's villages by the ways a villager types them: part of the name in characters (黄泉),
 * its pinyin without tones (huangquan) or its initials (hqc). The names are spelled once, on first
 * use.
 */
@ApplicationScoped
public class PlaceNames {
  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  @Inject RegionService regions;

  private volatile List<Entry> entries;

  /**
   * A village as it can be found.
   *
   * @param village the village
   * @param township its township
   * @param pinyin its name in pinyin, without tones or spaces
   * @param initials the initials of its name's syllables
   */
  public record Entry(Village village, Township township, String pinyin, String initials) {}

  /**
   * The villages a query names, the closest first: a name or spelling that starts with it before
   * one that contains it.
   *
   * @param query what was typed
   * @return the villages, at most 50
   */
  public List<Entry> find(String query) {
    String q =
        query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s'’]", "");
    if (q.isEmpty() || q.length() > 40) {
      return List.of();
    }
    List<Entry> found = new ArrayList<>();
    for (Entry e : entries()) {
      if (score(e, q) < 3) {
        found.add(e);
      }
    }
    found.sort(Comparator.comparingInt((Entry e) -> score(e, q)));
    return found.size() > 50 ? found.subList(0, 50) : found;
  }

  /**
   * 0 when a name or spelling starts with the query, 1 when the name contains it, 2 when a spelling
   * does, else 3.
   */
  private static int score(Entry e, String q) {
    String name = e.village().name();
    String full = e.township().name() + name;
    if (name.startsWith(q) || e.pinyin().startsWith(q) || e.initials().startsWith(q)) {
      return 0;
    }
    if (name.contains(q) || full.contains(q)) {
      return 1;
    }
    return q.length() >= 2 && (e.pinyin().contains(q) || e.initials().contains(q)) ? 2 : 3;
  }

  private List<Entry> entries() {
    List<Entry> known = entries;
    if (known == null) {
      District district = regions.places().district();
      List<Entry> built = new ArrayList<>();
      for (Township township : district.townships()) {
        for (Village village : district.villagesOf(township.id())) {
          built.add(
              new Entry(
                  village, township, spell(village.name(), false), spell(village.name(), true)));
        }
      }
      known = List.copyOf(built);
      entries = known;
    }
    return known;
  }

  /**
   * A name in pinyin without tones, or the initials of its syllables; a character without a reading
   * is kept as it is.
   *
   * @param name the name
   * @param initials whether to keep only each syllable's first letter
   * @return the spelling
   */
  static String spell(String name, boolean initials) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      String[] readings;
      try {
        readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      } catch (BadHanyuPinyinOutputFormatCombination impossible) {
        throw new IllegalStateException(impossible);
      }
      if (readings == null || readings.length == 0) {
        out.append(Character.toLowerCase(c));
      } else {
        out.append(initials ? readings[0].substring(0, 1) : readings[0]);
      }
    }
    return out.toString();
  }
}
