package io.terrain.network.api;

public enum ExportFormat {
    CSV,
    XLSX
}
