package org.verbatim.core.export;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The page set-up every Verbatim DOCX shares: A4 (landscape on request) with 2 cm margins, named
 * paragraph styles (Title, Heading1, Heading2, Note, Quote), a Latin and an East Asian font so that
 * Chinese renders in Word and LibreOffice, and "Page N of M" in the footer.
 */
final class DocxPages {
  static final String NORMAL = "Normal";
  static final String TITLE = "Title";
  static final String HEADING_1 = "Heading1";
  static final String HEADING_2 = "Heading2";
  static final String NOTE = "Note";
  static final String QUOTE = "Quote";

  static final String LATIN_FONT = "Calibri";

  /**
   * Microsoft JhengHei ships with Windows for Traditional Chinese; others substitute a CJK font.
   */
  static final String EAST_ASIAN_FONT = "Microsoft JhengHei";

  private static final int A4_SHORT = 11_906; // twentieths of a point
  private static final int A4_LONG = 16_838;
  private static final int MARGIN = 1_134; // 2 cm

  private DocxPages() {}

  /** A new document with styles, fonts, page size and page numbers. */
  static XWPFDocument create(boolean landscape) {
    XWPFDocument doc = new XWPFDocument();
    styles(doc);
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
    size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    pageNumbers(doc.createFooter(HeaderFooterType.DEFAULT));
    return doc;
  }

  /** The width between the margins, in twentieths of a point. */
  static int textWidth(boolean landscape) {
    return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
  }

  /** Adds a paragraph of {@code style} holding {@code text}; {@code \n} breaks lines. */
  static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    lines(p.createRun(), text);
    return p;
  }

  /** Writes {@code text} into {@code run}, a line break for each {@code \n}. */
  static void lines(XWPFRun run, String text) {
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(parts[i], i);
    }
  }

  private static void pageNumbers(XWPFFooter footer) {
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setStyle(NOTE);
    p.createRun().setText("Page ");
    field(p, "PAGE", "1");
    p.createRun().setText(" of ");
    field(p, "NUMPAGES", "1");
  }

  private static void field(XWPFParagraph p, String instruction, String shown) {
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(instruction + " \\* MERGEFORMAT");
    field.addNewR().addNewT().setStringValue(shown);
  }

  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(LATIN_FONT);
    fonts.setHAnsi(LATIN_FONT);
    fonts.setCs(LATIN_FONT);
    fonts.setEastAsia(EAST_ASIAN_FONT);
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage("en-GB");
    styles.setEastAsia("zh-TW");
    styles.addStyle(style("Normal", "Normal", 20, false, false, 0, 80));
    styles.addStyle(style(TITLE, "Title", 32, true, false, 0, 240));
    styles.addStyle(style(HEADING_1, "heading 1", 26, true, false, 240, 120));
    styles.addStyle(style(HEADING_2, "heading 2", 22, true, false, 200, 80));
    styles.addStyle(style(NOTE, "Note", 17, false, true, 60, 60));
    styles.addStyle(style(QUOTE, "Quote", 20, false, true, 40, 80));
  }

  /** A paragraph style; sizes in half-points, spacing in twentieths of a point. */
  private static XWPFStyle style(
      String id, String name, int halfPoints, boolean bold, boolean italic, int before, int after) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    if (!id.equals("Normal")) {
      style.addNewBasedOn().setVal("Normal");
      style.addNewNext().setVal("Normal");
    }
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
    paragraph.getSpacing().setAfter(BigInteger.valueOf(after));
    if (id.equals(HEADING_1) || id.equals(HEADING_2) || id.equals(TITLE)) {
      paragraph.addNewKeepNext();
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(id.equals(HEADING_2) ? 1 : 0));
    }
    CTRPr run = style.addNewRPr();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      run.addNewB();
    }
    if (italic) {
      run.addNewI();
    }
    return new XWPFStyle(style);
  }
}
