package duizhao.annotate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The syllables of Putonghua in our tone-numbered form ({@code zhong1}, {@code lü4}, {@code de5}): 5 marks the
 * neutral tone and ü is written ü. Every syllable string handed out is one shared instance, so the millions of
 * readings an annotation run produces cost no allocation and compare by a cached hash.
 */
final class Syllables {
  /** Standard Hanyu Pinyin syllables without tone (the table of the Scheme, plus the interjections m, n, ng, hm). */
  private static final String INVENTORY = """
      a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cei cen
      ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci
      cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du
      duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng
      gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hng hong hou hu hua huai
      huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke
      kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang
      liao lie lin ling liu lo long lou lu luan lun luo lü lüe m ma mai man mang mao me mei men meng mi mian miao
      mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nian niang niao nie nin ning niu nong
      nou nu nuan nun nuo nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia
      qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui
      run ruo sa sai san sang sao se sei sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
      shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian
      tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin
      xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao
      ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui
      zhun zhuo zi zong zou zu zuan zui zun zuo
      """;

  private static final Map<String, String> CANONICAL = canonicalForms();

  private Syllables() {}

  private static Map<String, String> canonicalForms() {
    Map<String, String> forms = new HashMap<>();
    for (String base : INVENTORY.trim().split("\\s+")) {
      for (int tone = 1; tone <= 5; tone++) {
        String syllable = base + tone;
        forms.put(syllable, syllable);
      }
    }
    return Map.copyOf(forms);
  }

  /**
   * The shared instance of a tone-numbered syllable, accepting the spellings found in data files ({@code LV4},
   * {@code lu:4}, {@code lv4}); null when it is no syllable of Putonghua.
   */
  static String canonical(String written) {
    String found = CANONICAL.get(written);
    if (found != null) {
      return found;
    }
    String normal = written.toLowerCase(Locale.ROOT).replace("u:", "ü").replace('v', 'ü');
    return CANONICAL.get(normal);
  }

  /** Every syllable of the inventory in all five tones. */
  static Iterable<String> all() {
    return CANONICAL.keySet();
  }

  static int tone(String syllable) {
    return syllable.charAt(syllable.length() - 1) - '0';
  }

  static String withTone(String syllable, int tone) {
    return canonical(syllable.substring(0, syllable.length() - 1) + tone);
  }

  /** GB/T 16159 puts an apostrophe before a syllable starting with a, o or e when it does not start a word. */
  static boolean startsWithVowel(String syllable) {
    char first = syllable.charAt(0);
    return first == 'a' || first == 'o' || first == 'e';
  }
}
