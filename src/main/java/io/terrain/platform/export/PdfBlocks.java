package io.terrain.platform.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** The few blocks Terrain's PDF reports are made of (OpenPDF): headings, tables, and bar charts drawn as tables. */
public final class PdfBlocks {

    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private static final Color BAR = new Color(11, 83, 148);
    private static final Color HEADER = new Color(230, 236, 243);

    private PdfBlocks() {
    }

    /** What writes a report's content into an open document. */
    @FunctionalInterface
    public interface Content {
        void write(Document document) throws DocumentException;
    }

    /** An A4 document written to {@code out}: opened, filled by {@code content}, always closed. */
    public static void write(OutputStream out, Content content) throws IOException {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            content.write(document);
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    public static void section(Document document, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        document.add(p);
    }

    public static void text(Document document, String text) throws DocumentException {
        document.add(new Paragraph(text == null ? "" : text, BODY));
    }

    /** A full-width table whose first row (repeated on each page) holds the headers. */
    public static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        return table;
    }

    public static void row(PdfPTable table, String... values) {
        for (String v : values) {
            table.addCell(new PdfPCell(new Phrase(new Chunk(v == null ? "" : v, BODY))));
        }
    }

    /** A horizontal bar chart as a table: label, bar proportional to the largest count, count. */
    public static void bars(Document document, List<Map.Entry<String, Integer>> counts) throws DocumentException {
        int max = counts.stream().mapToInt(Map.Entry::getValue).max().orElse(0);
        PdfPTable table = new PdfPTable(new float[] {4, 6, 1});
        table.setWidthPercentage(100);
        for (Map.Entry<String, Integer> e : counts) {
            table.addCell(borderless(e.getKey()));
            PdfPTable bar = new PdfPTable(new float[] {Math.max(0.001f, e.getValue()), Math.max(0.001f, max - e.getValue())});
            bar.setWidthPercentage(100);
            PdfPCell filled = new PdfPCell(new Phrase(" ", BODY));
            filled.setBackgroundColor(e.getValue() == 0 ? Color.WHITE : BAR);
            filled.setBorder(0);
            PdfPCell empty = new PdfPCell(new Phrase(" ", BODY));
            empty.setBorder(0);
            bar.addCell(filled);
            bar.addCell(empty);
            PdfPCell holder = new PdfPCell(bar);
            holder.setBorder(0);
            holder.setPadding(2);
            table.addCell(holder);
            PdfPCell count = borderless(String.valueOf(e.getValue()));
            count.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(count);
        }
        document.add(table);
    }

    private static PdfPCell borderless(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setBorder(0);
        return cell;
    }
}
