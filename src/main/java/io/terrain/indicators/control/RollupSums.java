package io.terrain.indicators.control;

import io.terrain.indicators.control.MeasurementCsv.Parsed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Roll-up sums built in memory while new measurements stream past, with SQL's rules: a SUM over
 * nothing but NULLs is NULL. Held per KPI, period and scope: a few tens of thousands of entries
 * even for millions of rows.
 */
final class RollupSums {

    record Key(long kpiId, LocalDate periodStart, String scope, String scopeKey) {
    }

    static final class Sum {
        long sites;
        double valueSum;
        Double numeratorSum;
        Double denominatorSum;
        Long promoters;
        Long passives;
        Long detractors;

        void add(Parsed m) {
            sites++;
            valueSum += m.value();
            numeratorSum = plus(numeratorSum, m.numerator());
            denominatorSum = plus(denominatorSum, m.denominator());
            promoters = plus(promoters, m.promoters());
            passives = plus(passives, m.passives());
            detractors = plus(detractors, m.detractors());
        }

        // Written out with ifs: a conditional mixing Double and double would unbox a null.
        private static Double plus(Double sum, Double value) {
            if (value == null) {
                return sum;
            }
            return sum == null ? value : Double.valueOf(sum + value);
        }

        private static Long plus(Long sum, Integer value) {
            if (value == null) {
                return sum;
            }
            return sum == null ? Long.valueOf(value) : Long.valueOf(sum + value);
        }
    }

    private final Map<Key, Sum> sums = new HashMap<>();

    void add(Parsed m) {
        sum(new Key(m.kpiId(), m.periodStart(), "NETWORK", "ALL")).add(m);
        if (m.regionId() != null) {
            sum(new Key(m.kpiId(), m.periodStart(), "REGION", m.regionId().toString())).add(m);
        }
        if (m.sectorId() != null) {
            sum(new Key(m.kpiId(), m.periodStart(), "SECTOR", m.sectorId().toString())).add(m);
        }
        if (m.segment() != null) {
            sum(new Key(m.kpiId(), m.periodStart(), "SEGMENT", m.segment())).add(m);
        }
    }

    Set<Map.Entry<Key, Sum>> entries() {
        return sums.entrySet();
    }

    private Sum sum(Key key) {
        return sums.computeIfAbsent(key, k -> new Sum());
    }
}
