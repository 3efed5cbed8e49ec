package vn.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Building blocks of an administrative document in Word (Decree 30/2020, measurement-and-calendar.md §6): Times New
 * Roman as the document default, runs and paragraphs with direct formatting only (no custom styles), short rules,
 * fixed-layout tables with merged cells, A4 sections, page numbers centred in the top margin from page 2 on.
 */
public final class Word {

    public static final String FONT = "Times New Roman";
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");
    /** A4 in twentieths of a point. */
    public static final int A4_SHORT = 11906;
    public static final int A4_LONG = 16838;
    /** One centimetre, the first-line indent of body text. */
    public static final int CM = 567;

    private Word() {
    }

    public static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /** An empty document whose default font is Times New Roman 14 pt, Vietnamese. */
    public static XWPFDocument document() {
        XWPFDocument doc = new XWPFDocument();
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(28));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(28));
        defaults.addNewLang().setVal("vi-VN");
        doc.createStyles().setStyles(styles);
        return doc;
    }

    public static XWPFRun run(XWPFParagraph p, String text, double points, boolean bold, boolean italic) {
        return run(p, text, points, bold, italic, false);
    }

    /** A run of Times New Roman, its properties written in the order of the schema (fonts, b, i, sz, u, lang). */
    public static XWPFRun run(XWPFParagraph p, String text, double points, boolean bold, boolean italic, boolean underline) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setFontSize(points);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setLang("vi-VN");
        run.setText(clean(text).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        return run;
    }

    /** Alignment, spacing before and after (points) and single line spacing. */
    public static XWPFParagraph format(XWPFParagraph p, ParagraphAlignment alignment, int before, int after) {
        p.setAlignment(alignment);
        p.setSpacingBefore(before * 20);
        p.setSpacingAfter(after * 20);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /** A centred line of text. */
    public static XWPFParagraph centred(XWPFParagraph p, String text, double points, boolean bold, boolean italic) {
        format(p, ParagraphAlignment.CENTER, 0, 0);
        run(p, text, points, bold, italic);
        return p;
    }

    /** Body text: justified, first line indented 1 cm, 6 pt after, line spacing 1.15. */
    public static XWPFParagraph body(XWPFParagraph p, String text, boolean bold) {
        format(p, ParagraphAlignment.BOTH, 0, 6);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        p.setIndentationFirstLine(CM);
        run(p, text, 14, bold, false);
        return p;
    }

    /**
     * A solid rule of {@code width} (twentieths of a point) centred in a line of {@code lineWidth}: an empty paragraph
     * of 1 pt height with a top border, indented on both sides.
     */
    public static XWPFParagraph rule(XWPFParagraph p, int lineWidth, int width) {
        format(p, ParagraphAlignment.CENTER, 0, 0);
        int indent = Math.max(0, (lineWidth - width) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderTop(Borders.SINGLE);
        p.setSpacingBetween(1, LineSpacingRule.EXACT);
        var mark = p.getCTP().getPPr().isSetRPr() ? p.getCTP().getPPr().getRPr() : p.getCTP().getPPr().addNewRPr();
        mark.addNewSz().setVal(BigInteger.valueOf(2));
        return p;
    }

    /** A fixed-layout table of {@code rows} rows whose columns have these widths, with or without borders. */
    public static XWPFTable table(XWPFDocument doc, int rows, int[] widths, boolean borders) {
        XWPFTable table = doc.createTable(rows, widths.length);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(total));
        var tblPr = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() < widths.length) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < widths.length; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(widths[c]));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                width(row.getCell(c), widths[c]);
            }
        }
        if (borders) {
            table.setCellMargins(20, 60, 20, 60);
        } else {
            table.removeBorders();
            table.setCellMargins(0, 40, 0, 40);
        }
        return table;
    }

    private static void width(XWPFTableCell cell, int width) {
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
    }

    /** Cell {@code index} of {@code row} spans {@code columns} grid columns (the cells it covers are removed). */
    public static void span(XWPFTableRow row, int index, int columns, int width) {
        XWPFTableCell cell = row.getCell(index);
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        width(cell, width);
        for (int i = 1; i < columns; i++) {
            row.removeCell(index + 1);
        }
    }

    /** The cell starts ({@code first}) or continues a vertical merge. */
    public static void mergeDown(XWPFTableCell cell, boolean first) {
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
    }

    /** The cell's first paragraph (every cell has one). */
    public static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    /** A4 page of a section: size, orientation and margins (millimetres). */
    public static void page(CTSectPr section, boolean landscape, double top, double bottom, double left, double right) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(top)));
        margins.setBottom(BigInteger.valueOf(mm(bottom)));
        margins.setLeft(BigInteger.valueOf(mm(left)));
        margins.setRight(BigInteger.valueOf(mm(right)));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * Page numbers centred in the top margin, 13 pt, none on the first page of each listed section (Decree 30/2020
     * Appendix I). The headers belong to the document's last section; the others refer to the same parts.
     */
    /** A bold section heading kept with the paragraph after it. */
    public static XWPFParagraph heading(XWPFDocument doc, String text) {
        XWPFParagraph p = body(doc.createParagraph(), text, true);
        p.setSpacingBefore(120);
        p.setKeepNext(true);
        return p;
    }

    /**
     * The closing block of Decree 30/2020: "Nơi nhận" with its recipients on the left ({@code ;} after each, {@code .}
     * after the last), the signer's title lines in capitals, room for the signature and the signer's name on the
     * right, across {@code textWidth}.
     */
    public static void signatureBlock(XWPFDocument doc, int textWidth, java.util.List<String> recipients,
            java.util.List<String> titleLines, String signerName) {
        int left = mm(75);
        XWPFTable table = table(doc, 1, new int[] {left, textWidth - left}, false);
        XWPFTableCell cell = table.getRow(0).getCell(0);
        run(format(first(cell), ParagraphAlignment.LEFT, 6, 0), "Nơi nhận:", 12, true, true);
        for (int i = 0; i < recipients.size(); i++) {
            run(format(cell.addParagraph(), ParagraphAlignment.LEFT, 0, 0),
                    "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), 11, false, false);
        }
        XWPFTableCell signer = table.getRow(0).getCell(1);
        XWPFParagraph first = first(signer);
        for (String line : titleLines) {
            centred(first == null ? signer.addParagraph() : first, line.toUpperCase(VIETNAMESE), 14, true, false);
            first = null;
        }
        for (int i = 0; i < 4; i++) {
            format(signer.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
        }
        centred(signer.addParagraph(), signerName, 14, true, false);
    }

    /** Closes the portrait part of a document (A4, the decree's margins): its section break; returns that section. */
    public static CTSectPr endPortraitSection(XWPFDocument doc) {
        XWPFParagraph end = doc.createParagraph();
        CTSectPr section = end.getCTP().addNewPPr().addNewSectPr();
        page(section, false, 20, 20, 30, 20);
        return section;
    }

    /** The document's last section as landscape pages numbered from 1 (an annex or appendix table); returns it. */
    public static CTSectPr landscapeLastSection(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(section, true, 20, 15, 20, 20);
        section.addNewPgNumType().setStart(BigInteger.ONE);
        return section;
    }

    public static void pageNumbers(XWPFDocument doc, CTSectPr... otherSections) {
        XWPFHeader firstPage = doc.createHeader(HeaderFooterType.FIRST);
        format(firstPage.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
        XWPFHeader others = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = format(others.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        CTRPr number = page.addNewR().addNewRPr();
        CTFonts fonts = number.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        number.addNewSz().setVal(BigInteger.valueOf(26));
        page.getRArray(0).addNewT().setStringValue("2");
        for (CTSectPr section : otherSections) {
            reference(section, STHdrFtr.FIRST, doc.getRelationId(firstPage));
            reference(section, STHdrFtr.DEFAULT, doc.getRelationId(others));
            if (!section.isSetTitlePg()) {
                section.addNewTitlePg();
            }
        }
    }

    private static void reference(CTSectPr section, STHdrFtr.Enum type, String id) {
        CTHdrFtrRef ref = section.addNewHeaderReference();
        ref.setType(type);
        ref.setId(id);
    }

    public static byte[] bytes(XWPFDocument doc) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} without the characters XML 1.0 forbids (controls other than tab and line breaks, lone surrogates,
     * U+FFFE, U+FFFF), which would make Word or Excel "repair" the file; null gives "".
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
