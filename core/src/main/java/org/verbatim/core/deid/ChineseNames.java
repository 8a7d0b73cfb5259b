package org.verbatim.core.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese personal names found by pattern, standing in for CoreNLP's 1.5 GB Chinese models: a
 * common surname with one or two given-name characters before a title or form of address ("王小明先生",
 * "陳美玲護理師"), or a surname with the title alone ("林醫生"). Works on text folded to Simplified ({@link
 * HanScript}), so Traditional and Simplified names are found alike. The title is required because a
 * surname character alone occurs in many ordinary words.
 */
final class ChineseNames {
  /** About a hundred of the commonest surnames (Simplified). */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
          + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
          + "覃武戴莫孔汤洪詹翁柯庄赖萧蓝温游简";

  /** Titles and forms of address that follow a name (Simplified). */
  private static final String TITLES =
      "先生|女士|小姐|太太|医生|医师|大夫|老师|护士|护理师|护理长|社工师|社工|心理师|治疗师|职能治疗师"
          + "|个管师|个案管理师|经理|主任|院长|督导|教授|阿姨|伯伯|阿伯|大哥|大姐|姐姐|哥哥";

  private static final Pattern WITH_GIVEN =
      Pattern.compile("[" + SURNAMES + "]\\p{IsHan}{1,2}?(?=(?:" + TITLES + "))");
  private static final Pattern TITLE_ONLY = Pattern.compile("[" + SURNAMES + "](?:" + TITLES + ")");

  private ChineseNames() {}

  /** The ranges {@code [start, end)} of names in {@code folded}, in order, not overlapping. */
  static List<int[]> find(String folded) {
    List<int[]> out = new ArrayList<>();
    Matcher t = TITLE_ONLY.matcher(folded);
    while (t.find()) {
      out.add(new int[] {t.start(), t.end()});
    }
    Matcher m = WITH_GIVEN.matcher(folded);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      // "林医生" is the surname and a title, not a two-character name before "生"
      if (out.stream().noneMatch(r -> r[0] < end && start < r[1])) {
        out.add(new int[] {start, end});
      }
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }
}
