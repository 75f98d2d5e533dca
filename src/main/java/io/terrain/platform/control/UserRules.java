package io.terrain.platform.control;

import io.terrain.platform.api.Problem;
import io.terrain.platform.api.UserDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.terrain.platform.security.PasswordPolicy;
import java.util.regex.Pattern;

/** What makes a user record acceptable. */
public final class UserRules {

    public static final Set<String> LANGUAGES = Set.of("fr", "en");
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

    /** The password rules of {@link PasswordPolicy}, as a field error on {@code field}. */
    public static List<Problem> checkPassword(String field, String password, String username) {
        return PasswordPolicy.check(password, username).map(refusal -> List.of(switch (refusal) {
            case TOO_SHORT -> Problem.of(field, "user.password.tooShort", PasswordPolicy.MIN_LENGTH);
            case TOO_LONG -> Problem.of(field, "user.password.tooLong", PasswordPolicy.MAX_LENGTH);
            case COMMON -> Problem.of(field, "user.password.common");
            case NAMES_USER_OR_PRODUCT -> Problem.of(field, "user.password.namesUser");
            case TOO_GUESSABLE -> Problem.of(field, "user.password.tooGuessable");
        })).orElse(List.of());
    }
}
