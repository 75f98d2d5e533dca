package io.terrain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Mojarra's per-view records of {@code @ViewScoped} beans are dropped once their view map is evicted, and only then
 * (the maps are shaped as Mojarra 4.0 keeps them: a synchronized LRU map of view maps, a concurrent map of records).
 */
class ViewScopeBookkeepingTest {

    private final Map<String, Object> viewMaps = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Object, Map<String, Object>> records = new ConcurrentHashMap<>();

    @Test
    void theRecordsOfEvictedViewsAreForgottenAndThoseOfLiveViewsKept() {
        live("view-3");
        live("view-4");
        record("view-1");
        record("view-2");
        record("view-3");
        record("view-4");

        int forgotten = ViewScopeBookkeeping.forgetEvictedViews(viewMaps, records);

        assertEquals(2, forgotten);
        assertEquals(Set.of("view-3", "view-4"), records.keySet());
    }

    @Test
    void aSessionWhoseRecordsAllBelongToLiveViewsIsLeftAsItIs() {
        live("view-1");
        live("view-2");
        record("view-1");

        assertEquals(0, ViewScopeBookkeeping.forgetEvictedViews(viewMaps, records));
        assertEquals(Set.of("view-1"), records.keySet());
    }

    @Test
    void aPageOpenedAgainAndAgainInOneSessionKeepsNoMoreRecordsThanLiveViews() {
        // As Mojarra does for each page: a new view map (the eldest evicted past 25), then its record.
        for (int page = 1; page <= 1000; page++) {
            String id = "view-" + page;
            if (viewMaps.size() == 25) {
                viewMaps.remove(viewMaps.keySet().iterator().next());
            }
            live(id);
            record(id);
            ViewScopeBookkeeping.forgetEvictedViews(viewMaps, records);
        }

        assertEquals(25, records.size());
        assertEquals(viewMaps.keySet(), records.keySet());
    }

    private void live(String viewMapId) {
        viewMaps.put(viewMapId, new ConcurrentHashMap<>());
    }

    private void record(String viewMapId) {
        records.put(viewMapId, new ConcurrentHashMap<>(Map.of("executiveDashboardView", new Object())));
    }
}
