package io.terrain.it;

import jakarta.json.JsonValue;
import java.net.URL;

/** Ids of demo records by their codes and usernames, as tests reach them: through the API. */
final class DemoLookup {

    private DemoLookup() {
    }

    static long siteId(URL base, String code) {
        return Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD).get("api/sites?q=" + code.toLowerCase()).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("code").equals(code))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The package the demo's validated pilot published (the pilots' checks publish others). */
    static long demoPackageId(URL base) {
        return Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD).get("api/pilots/packages").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals("Accueil en entrée et rituel du matin"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static long userId(URL base, String username) {
        return Api.as(base, "admin", TerrainDeployment.DEMO_PASSWORD).get("api/users?search=" + username).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
