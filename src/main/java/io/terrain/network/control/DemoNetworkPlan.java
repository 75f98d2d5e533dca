package io.terrain.network.control;

import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitDraft;
import io.terrain.network.api.SiteDraft;
import io.terrain.network.api.SiteKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic demo network: one national network, 6 regions, 24 sectors named after French cities,
 * 240 sites (stores, agencies, call centres, one web desk). Always the same: the generator is seeded.
 */
public final class DemoNetworkPlan {

    private record City(String name, String postalCode, double latitude, double longitude) {
    }

    private record Region(String code, String name, List<City> cities) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("IDF", "Île-de-France", List.of(
                    new City("Paris", "75001", 48.8566, 2.3522), new City("Versailles", "78000", 48.8049, 2.1204),
                    new City("Créteil", "94000", 48.7904, 2.4556), new City("Saint-Denis", "93200", 48.9362, 2.3574))),
            new Region("NOR", "Nord-Est", List.of(
                    new City("Lille", "59000", 50.6292, 3.0573), new City("Reims", "51100", 49.2583, 4.0317),
                    new City("Strasbourg", "67000", 48.5734, 7.7521), new City("Metz", "57000", 49.1193, 6.1757))),
            new Region("OUE", "Grand Ouest", List.of(
                    new City("Rennes", "35000", 48.1173, -1.6778), new City("Nantes", "44000", 47.2184, -1.5536),
                    new City("Brest", "29200", 48.3904, -4.4861), new City("Caen", "14000", 49.1829, -0.3707))),
            new Region("SOU", "Sud-Ouest", List.of(
                    new City("Bordeaux", "33000", 44.8378, -0.5792), new City("Toulouse", "31000", 43.6047, 1.4442),
                    new City("Pau", "64000", 43.2951, -0.3708), new City("Limoges", "87000", 45.8336, 1.2611))),
            new Region("SEA", "Sud-Est", List.of(
                    new City("Marseille", "13001", 43.2965, 5.3698), new City("Nice", "06000", 43.7102, 7.2620),
                    new City("Montpellier", "34000", 43.6108, 3.8767), new City("Avignon", "84000", 43.9493, 4.8055))),
            new Region("CEN", "Centre-Est", List.of(
                    new City("Lyon", "69001", 45.7640, 4.8357), new City("Grenoble", "38000", 45.1885, 5.7245),
                    new City("Dijon", "21000", 47.3220, 5.0415), new City("Clermont-Ferrand", "63000", 45.7772, 3.0870))));

    private static final List<String> DISTRICTS = List.of("Centre", "Gare", "République", "Hôtel de Ville",
            "Saint-Michel", "Victor Hugo", "Jean Jaurès", "Pasteur", "Les Halles", "Liberté");
    private static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "place de la Gare",
            "boulevard Victor Hugo", "rue Pasteur", "rue du Commerce", "cours Gambetta", "rue Nationale");
    private static final List<String> MANAGERS = List.of("Sophie Garnier", "Julien Moreau", "Camille Roux", "Nicolas Faure",
            "Émilie Girard", "Thomas Mercier", "Claire Blanc", "Antoine Guérin", "Manon Boyer", "Lucas Chevalier",
            "Léa Fontaine", "Hugo Lambert", "Inès Rousseau", "Maxime Vincent", "Sarah Muller", "Romain Lefebvre",
            "Laura Gauthier", "Mathieu Perrin", "Pauline Robin", "Alexandre Clément", "Chloé Morel", "Kevin Henry",
            "Marion David", "Florian Bertrand", "Élodie Andre", "Benoît Masson", "Anaïs Marchand", "Quentin Dupuis",
            "Justine Lemoine", "Vincent Picard", "Océane Roger");
    private static final List<String> SEGMENTS = List.of("Grand urbain", "Urbain", "Périurbain", "Rural");

    public record Plan(List<OrgUnitDraft> units, List<SiteDraft> sites) {
    }

    private DemoNetworkPlan() {
    }

    public static Plan build() {
        Random random = new Random(42);
        List<OrgUnitDraft> units = new ArrayList<>();
        List<SiteDraft> sites = new ArrayList<>();
        int manager = 0;
        units.add(new OrgUnitDraft("FR", "Réseau France", OrgLevel.NETWORK, null, MANAGERS.get(manager), email(MANAGERS.get(manager++)), null));
        int siteNumber = 1;
        for (Region region : REGIONS) {
            units.add(new OrgUnitDraft(region.code(), region.name(), OrgLevel.REGION, "FR",
                    MANAGERS.get(manager), email(MANAGERS.get(manager++)), null));
            for (City city : region.cities()) {
                String sectorCode = region.code() + "-" + ascii(city.name()).substring(0, 3).toUpperCase();
                units.add(new OrgUnitDraft(sectorCode, "Secteur " + city.name(), OrgLevel.SECTOR, region.code(),
                        MANAGERS.get(manager % MANAGERS.size()), email(MANAGERS.get(manager++ % MANAGERS.size())), null));
                for (int i = 0; i < DISTRICTS.size(); i++) {
                    SiteKind kind = kindOf(i, siteNumber);
                    String segment = kind == SiteKind.STORE || kind == SiteKind.AGENCY
                            ? SEGMENTS.get(random.nextInt(SEGMENTS.size())) : "Plateau";
                    sites.add(new SiteDraft(String.format("S%04d", siteNumber), label(kind) + " " + city.name() + " " + DISTRICTS.get(i),
                            kind, segment, (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size())),
                            city.name(), city.postalCode(), coordinate(city.latitude(), random), coordinate(city.longitude(), random),
                            sectorCode, LocalDate.of(1985 + random.nextInt(38), 1 + random.nextInt(12), 1),
                            kind == SiteKind.CALL_CENTRE ? 40 + random.nextInt(80) : 4 + random.nextInt(18)));
                    siteNumber++;
                }
            }
        }
        return new Plan(units, sites);
    }

    /** Per sector: five stores, four agencies and one call centre; the very first call centre is the web desk. */
    private static SiteKind kindOf(int indexInSector, int siteNumber) {
        if (indexInSector == 9) {
            return siteNumber == 10 ? SiteKind.WEB_DESK : SiteKind.CALL_CENTRE;
        }
        return indexInSector < 5 ? SiteKind.STORE : SiteKind.AGENCY;
    }

    private static String label(SiteKind kind) {
        return switch (kind) {
            case STORE -> "Magasin";
            case AGENCY -> "Agence";
            case CALL_CENTRE -> "Centre de contact";
            case WEB_DESK -> "Guichet web";
            case OTHER -> "Point";
        };
    }

    private static BigDecimal coordinate(double center, Random random) {
        return BigDecimal.valueOf(center + (random.nextDouble() - 0.5) * 0.08).setScale(6, RoundingMode.HALF_UP);
    }

    private static String email(String name) {
        return ascii(name).toLowerCase().replace(' ', '.') + "@terrain.example";
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
