package io.terrain.platform.control;

import io.terrain.platform.api.Problem;
import io.terrain.platform.api.UserDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a user record acceptable. */
public final class UserRules {

    public static final Set<String> LANGUAGES = Set.of("fr", "en");
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserRules() {
    }

    public static List<Problem> check(UserDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.username() == null || !USERNAME.matcher(draft.username().trim()).matches()) {
            problems.add(Problem.of("username", "user.username.invalid"));
        }
        if (draft.displayName() == null || draft.displayName().isBlank()) {
            problems.add(Problem.of("displayName", "field.required"));
        } else if (draft.displayName().trim().length() > 128) {
            problems.add(Problem.of("displayName", "field.tooLong", 128));
        }
        if (draft.email() != null && !draft.email().isBlank() && !EMAIL.matcher(draft.email().trim()).matches()) {
            problems.add(Problem.of("email", "field.email.invalid"));
        }
        if (!LANGUAGES.contains(draft.language())) {
            problems.add(Problem.of("language", "user.language.invalid", String.valueOf(draft.language())));
        }
        if (draft.roles() == null || draft.roles().isEmpty()) {
            problems.add(Problem.of("roles", "user.roles.required"));
        }
        return problems;
    }

    public static List<Problem> checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return List.of(Problem.of("password", "user.password.tooShort", MIN_PASSWORD_LENGTH));
        }
        return List.of();
    }
}
