package vn.motcua.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One workbook being written: Times New Roman cell styles (titles, bordered headers, counts, ratios, dates), cells
 * written by value or by formula, and the finishing (formulas evaluated and cached, core properties, bytes).
 */
final class Sheets {

    static final String FONT = "Times New Roman";

    final XSSFWorkbook workbook = new XSSFWorkbook();
    final CellStyle title;
    final CellStyle bold;
    final CellStyle italic;
    final CellStyle italicCentered;
    final CellStyle italicRight;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textBold;
    final CellStyle centered;
    final CellStyle count;
    final CellStyle countBold;
    final CellStyle ratio;
    final CellStyle date;

    Sheets() {
        XSSFFont regular = font(false, false, 12);
        XSSFFont strong = font(true, false, 12);
        XSSFFont slanted = font(false, true, 12);
        title = style(font(true, false, 13), HorizontalAlignment.CENTER, false, true);
        bold = style(strong, HorizontalAlignment.LEFT, false, false);
        italic = style(slanted, HorizontalAlignment.LEFT, false, false);
        italicCentered = style(slanted, HorizontalAlignment.CENTER, false, true);
        italicRight = style(slanted, HorizontalAlignment.RIGHT, false, false);
        plain = style(regular, HorizontalAlignment.LEFT, false, true);
        header = style(strong, HorizontalAlignment.CENTER, true, true);
        text = style(regular, HorizontalAlignment.LEFT, true, true);
        textBold = style(strong, HorizontalAlignment.LEFT, true, true);
        centered = style(regular, HorizontalAlignment.CENTER, true, false);
        count = style(regular, HorizontalAlignment.RIGHT, true, false);
        count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        countBold = style(strong, HorizontalAlignment.RIGHT, true, false);
        countBold.setDataFormat(count.getDataFormat());
        ratio = style(regular, HorizontalAlignment.RIGHT, true, false);
        ratio.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        date = style(regular, HorizontalAlignment.CENTER, true, false);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private XSSFFont font(boolean isBold, boolean isItalic, int points) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(isBold);
        font.setItalic(isItalic);
        return font;
    }

    private CellStyle style(XSSFFont font, HorizontalAlignment alignment, boolean bordered, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(wrap);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    Sheet sheet(String name, int... widths) {
        Sheet sheet = workbook.createSheet(name);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return sheet;
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    static Cell cell(Sheet sheet, int row, int column, CellStyle style) {
        Row r = row(sheet, row);
        Cell cell = r.getCell(column);
        if (cell == null) {
            cell = r.createCell(column);
        }
        cell.setCellStyle(style);
        return cell;
    }

    static Cell text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Cell cell = cell(sheet, row, column, style);
        cell.setCellValue(OfficeText.clean(value));
        return cell;
    }

    static Cell number(Sheet sheet, int row, int column, long value, CellStyle style) {
        Cell cell = cell(sheet, row, column, style);
        cell.setCellValue(value);
        return cell;
    }

    static Cell formula(Sheet sheet, int row, int column, String formula, CellStyle style) {
        Cell cell = cell(sheet, row, column, style);
        cell.setCellFormula(formula);
        return cell;
    }

    static Cell date(Sheet sheet, int row, int column, LocalDate value, CellStyle style) {
        Cell cell = cell(sheet, row, column, style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** Text over rows {@code r1..r2} and columns {@code c1..c2}, every covered cell styled (so borders show). */
    static void merged(Sheet sheet, int r1, int r2, int c1, int c2, String value, CellStyle style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(sheet, r, c, style);
            }
        }
        text(sheet, r1, c1, value, style);
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** "C9" for row index 8, column index 2. */
    static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /** "'Biểu II.06a'!C9". */
    static String ref(String sheet, int row, int column) {
        return "'" + sheet.replace("'", "''") + "'!" + ref(row, column);
    }

    /** A4, landscape or portrait, one page wide, {@code rows} repeated on every printed page. */
    static void print(Sheet sheet, boolean landscape, String repeatedRows) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.6);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (repeatedRows != null) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf(repeatedRows));
        }
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    /** Formulas evaluated and their values cached (viewers that do not recalculate show them), title set, bytes. */
    byte[] finish(String title, String subject) {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        workbook.setForceFormulaRecalculation(true);
        var properties = workbook.getProperties().getCoreProperties();
        properties.setTitle(OfficeText.clean(title));
        properties.setSubjectProperty(OfficeText.clean(subject));
        properties.setCreator("motcua");
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
