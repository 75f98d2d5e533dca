package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Card & Krueger (1994) loaded through Terrain's own imports: restaurants become sites in two
 * sectors (NJ, PA) of a region named by the prefix, FTE in February and November 1992 becomes
 * monthly STAFF_FTE measurements. Returns the site ids of New Jersey (treated) and Pennsylvania.
 */
final class CardKrueger {

    record Sites(List<Long> newJersey, List<Long> pennsylvania) {
    }

    private CardKrueger() {
    }

    static Sites load(URL base, String region) throws IOException {
        Api manager = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD);
        assertTrue(manager.postCsv("api/sites/import?kind=ORG_UNITS", "code,name,level,parent_code\n"
                + region + ",Card Krueger " + region + ",REGION,FR\n"
                + region + "-NJ,New Jersey,SECTOR," + region + "\n"
                + region + "-PA,Pennsylvania,SECTOR," + region + "\n").json().getBoolean("applied"));
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/reference/card-krueger-1994.csv"));
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        int id = header.indexOf("id");
        int nj = header.indexOf("nj");
        int d = header.indexOf("d");
        int fte = header.indexOf("fte");
        Map<String, String> sectorOf = new LinkedHashMap<>();
        StringBuilder measurements = new StringBuilder("site_code,kpi_code,period_start,value,source\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String code = region + "-" + f[id];
            sectorOf.put(code, region + (f[nj].equals("1") ? "-NJ" : "-PA"));
            if (!f[fte].equals("NA")) {
                measurements.append(code).append(",STAFF_FTE,").append(f[d].equals("0") ? "1992-02-01" : "1992-11-01")
                        .append(',').append(f[fte]).append(",card-krueger\n");
            }
        }
        String sites = "code,name,kind,org_unit_code\n" + sectorOf.entrySet().stream()
                .map(e -> e.getKey() + ",Restaurant " + e.getKey() + ",STORE," + e.getValue()).collect(Collectors.joining("\n")) + "\n";
        JsonObject siteImport = manager.postCsv("api/sites/import?kind=SITES", sites).json();
        assertEquals(410, siteImport.getInt("newRows"), siteImport.toString());
        JsonObject measured = manager.postCsv("api/indicators/measurements/import", measurements.toString()).json();
        assertTrue(measured.getBoolean("applied"), measured.toString());
        assertEquals(794, measured.getInt("written"));

        List<Long> treated = new ArrayList<>();
        List<Long> control = new ArrayList<>();
        JsonArray all = manager.get("api/sites?limit=500&q=" + region.toLowerCase() + "-").json().getJsonArray("items");
        assertEquals(410, all.size());
        for (JsonValue v : all) {
            JsonObject site = v.asJsonObject();
            (site.getString("sectorName").equals("New Jersey") ? treated : control).add(site.getJsonNumber("id").longValue());
        }
        assertEquals(331, treated.size());
        return new Sites(treated, control);
    }
}
