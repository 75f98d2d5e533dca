package io.terrain.dashboards.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A monthly direction report as generated: its figures never change (a new one is generated instead); only its last sending is noted. */
@Entity
@Table(name = "dashboards_monthly_report")
public class MonthlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_month")
    private LocalDate month;

    @Column(name = "scheduled_month")
    private LocalDate scheduledMonth;

    private String language;

    @Column(name = "generated_at")
    private LocalDateTime generatedAt;

    @Column(name = "generated_by")
    private String generatedBy;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Column(name = "pdf_size")
    private long pdfSize;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] xlsx;

    @Column(name = "xlsx_size")
    private long xlsxSize;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    @Column(name = "mailed_to")
    private int mailedTo;

    protected MonthlyReport() {
    }

    public MonthlyReport(LocalDate month, boolean scheduled, String language, LocalDateTime generatedAt, String generatedBy, byte[] pdf,
                         byte[] xlsx) {
        this.month = month;
        this.scheduledMonth = scheduled ? month : null;
        this.language = language;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.pdf = pdf.clone();
        this.pdfSize = pdf.length;
        this.xlsx = xlsx.clone();
        this.xlsxSize = xlsx.length;
    }

    public Long getId() {
        return id;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public byte[] getXlsx() {
        return xlsx.clone();
    }

    public LocalDate getMonth() {
        return month;
    }

    public String getLanguage() {
        return language;
    }

    /** The report was handed to the mail server for this many subscribers, now. */
    public void mailed(LocalDateTime at, int recipients) {
        this.mailedAt = at;
        this.mailedTo = recipients;
    }
}
