package vn.motcua.controlplan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.controlplan.ProgressEntry;
import vn.motcua.documents.Word;

/**
 * The progress report of a plan as of a day (XLSX): sheet "Tổng hợp" with the counts for the plan, each section and
 * each lead unit; sheet "Chi tiết" with one row per occurrence (task, lead unit, time frame, due date, state, the day
 * it was done, the last note); sheet "Nhật ký" with every progress entry up to that day and its evidence.
 */
final class PlanWorkbook {

    private PlanWorkbook() {
    }

    static byte[] write(ControlPlan plan, PlanProgress progress, List<ProgressEntry> entries) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont font = book.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            XSSFFont boldFont = book.createFont();
            boldFont.setFontName("Times New Roman");
            boldFont.setFontHeightInPoints((short) 12);
            boldFont.setBold(true);
            CellStyle text = style(book, font);
            CellStyle bold = style(book, boldFont);
            CellStyle date = style(book, font);
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));

            Sheet summary = book.createSheet("Tổng hợp");
            int r = 0;
            put(summary, r++, bold, "Tiến độ thực hiện Kế hoạch số " + plan.number() + " — " + plan.title());
            put(summary, r++, text, plan.agencyName() + "; số liệu đến ngày " + PlanDocument.shortDate(progress.asOf()));
            r++;
            List<String> head = List.of("Nhóm", "Tên", "Số nhiệm vụ", "Số lần phải thực hiện", "Đã đến hạn",
                    "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Quá hạn", "Chưa đến hạn", "Nhiệm vụ không có hạn cụ thể");
            put(summary, r++, bold, head.toArray(new Object[0]));
            put(summary, r++, bold, "Cả kế hoạch", "", progress.tasks(), progress.occurrences(),
                    progress.occurrencesDue(), progress.doneOnTime(), progress.doneLate(), progress.overdue(),
                    progress.notYetDue(), progress.undatedTasks());
            for (PlanProgress.Tally t : progress.bySection()) {
                r = tally(summary, r, text, "Mục", t);
            }
            for (PlanProgress.Tally t : progress.byUnit()) {
                r = tally(summary, r, text, "Đơn vị chủ trì", t);
            }
            widths(summary, 16, 60, 12, 14, 12, 14, 14, 10, 12, 16);

            Sheet detail = book.createSheet("Chi tiết");
            put(detail, 0, bold, "Mục", "TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện",
                    "Hạn", "Tình trạng", "Ngày hoàn thành", "Ghi nhận gần nhất", "Ghi chú gần nhất");
            r = 1;
            for (PlanProgress.Occurrence o : progress.items()) {
                Row row = detail.createRow(r++);
                set(row, 0, text, o.section());
                set(row, 1, text, o.taskNumber());
                set(row, 2, text, o.content());
                set(row, 3, text, o.leadUnit());
                set(row, 4, text, o.timeFrame());
                set(row, 5, date, o.dueDate());
                set(row, 6, text, o.state().label());
                set(row, 7, date, o.doneOn());
                set(row, 8, date, o.lastEntry());
                set(row, 9, text, o.lastNote());
            }
            widths(detail, 6, 5, 60, 24, 24, 12, 20, 14, 14, 40);
            detail.createFreezePane(0, 1);

            Sheet log = book.createSheet("Nhật ký");
            put(log, 0, bold, "Ngày", "Mục", "TT", "Nội dung công việc", "Hạn của lần thực hiện", "Trạng thái",
                    "Ghi chú", "Văn bản chỉ đạo (mã)", "Tệp (mã)", "Minh chứng", "Người ghi");
            Map<Long, String[]> where = plan.sections().stream().flatMap(s -> s.tasks().stream()
                    .map(t -> Map.entry(t.id(), new String[] {s.number(), Integer.toString(t.number()), t.content()})))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            r = 1;
            for (ProgressEntry e : entries) {
                if (e.date().isAfter(progress.asOf())) {
                    continue;
                }
                String[] w = where.getOrDefault(e.taskId(), new String[] {"", "", ""});
                Row row = log.createRow(r++);
                set(row, 0, date, e.date());
                set(row, 1, text, w[0]);
                set(row, 2, text, w[1]);
                set(row, 3, text, w[2]);
                set(row, 4, date, e.dueDate());
                set(row, 5, text, e.status().label());
                set(row, 6, text, e.note());
                set(row, 7, text, e.evidence().documentId());
                set(row, 8, text, e.evidence().fileId());
                set(row, 9, text, e.evidence().text());
                set(row, 10, text, e.recordedBy());
            }
            widths(log, 12, 6, 5, 50, 14, 16, 40, 12, 20, 40, 16);
            for (Sheet s : List.of(summary, detail, log)) {
                s.getPrintSetup().setLandscape(true);
                s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int tally(Sheet sheet, int r, CellStyle style, String group, PlanProgress.Tally t) {
        put(sheet, r, style, group, t.label(), t.tasks(), t.occurrences(), t.occurrencesDue(), t.doneOnTime(),
                t.doneLate(), t.overdue(), t.notYetDue(), t.undatedTasks());
        return r + 1;
    }

    private static CellStyle style(XSSFWorkbook book, XSSFFont font) {
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void put(Sheet sheet, int r, CellStyle style, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            set(row, c, style, values[c]);
        }
    }

    private static void set(Row row, int c, CellStyle style, Object value) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (value instanceof Number) {
            cell.setCellValue(((Number) value).doubleValue());
        } else if (value instanceof LocalDate) {
            cell.setCellValue((LocalDate) value);
        } else if (value != null) {
            cell.setCellValue(Word.clean(value.toString()));
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }

}
