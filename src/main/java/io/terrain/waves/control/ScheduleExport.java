package io.terrain.waves.control;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.terrain.network.api.ExportFormat;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.csv.SpreadsheetSafe;
import io.terrain.waves.api.RolloutFilter;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A plan's schedule as CSV or Excel, page by page, in the columns of the schedule import (an
 * exported file can be edited and imported back); sites not yet planned have no wave code. Text
 * cells are neutralised against formula injection.
 */
@ApplicationScoped
public class ScheduleExport {

    private static final int PAGE = 1_000;

    @Inject
    WaveStore store;

    @Inject
    Network network;

    /** {@code within}: a line manager's perimeter (their sites only), null for the whole plan. */
    public void write(long planId, ManagedPerimeter within, ExportFormat format, OutputStream out) throws IOException {
        Map<Long, Wave> waves = store.waves(planId).stream().collect(Collectors.toMap(Wave::getId, Function.identity()));
        if (format == ExportFormat.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().build(writer);
            csv.writeRecord(ScheduleCsv.COLUMNS);
            forEachRow(planId, within, waves, cells -> csv.writeRecord(cells.stream().map(SpreadsheetSafe::text).toList()));
            csv.flush();
            writer.flush();
            return;
        }
        Workbook workbook = new Workbook(out, "Terrain", "1.0");
        Worksheet sheet = workbook.newWorksheet("Schedule");
        for (int c = 0; c < ScheduleCsv.COLUMNS.size(); c++) {
            sheet.value(0, c, ScheduleCsv.COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int[] row = {1};
        forEachRow(planId, within, waves, cells -> {
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(row[0], c, SpreadsheetSafe.text(cells.get(c)));
            }
            row[0]++;
        });
        workbook.finish();
    }

    private void forEachRow(long planId, ManagedPerimeter within, Map<Long, Wave> waves, Consumer<List<String>> action) {
        for (int offset = 0; ; offset += PAGE) {
            List<Rollout> page = store.rollouts(planId, RolloutFilter.all(), within, offset, PAGE);
            Map<Long, String> names = network.sitesByIds(page.stream().map(Rollout::getSiteId).toList()).stream()
                    .collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
            for (Rollout r : page) {
                Wave wave = r.getWaveId() == null ? null : waves.get(r.getWaveId());
                List<String> cells = new ArrayList<>();
                cells.add(r.getSiteCode());
                cells.add(wave == null ? null : wave.getCode());
                cells.add(wave == null ? null : wave.getGoLive().toString());
                cells.add(r.getAdoptedOn() == null ? null : r.getAdoptedOn().toString());
                cells.add(names.get(r.getSiteId()));
                cells.add(r.getStatus().name());
                action.accept(cells);
            }
            store.clear();
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
