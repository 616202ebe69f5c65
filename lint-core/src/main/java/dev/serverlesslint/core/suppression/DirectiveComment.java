package dev.serverlesslint.core.suppression;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A comment that starts with {@code serverless-lint:}: a verb, the rule IDs it names, and an
 * optional reason after {@code --}, e.g. {@code serverless-lint:disable-line SL103, SL107 -- reason}.
 *
 * @param verb  the word after the prefix, e.g. {@code disable-next-line}
 * @param ruleIds the IDs as written (not yet checked)
 */
record DirectiveComment(String verb, List<String> ruleIds) {

    static final String PREFIX = "serverless-lint:";

    /** Reads the text of a comment (without its {@code //}, {@code #} or {@code /*} marker). */
    static Optional<DirectiveComment> parse(String commentBody) {
        String body = commentBody.strip();
        if (body.endsWith("*/")) {
            body = body.substring(0, body.length() - 2).strip();
        }
        if (!body.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = body.substring(PREFIX.length());
        int reason = rest.indexOf("--");
        if (reason >= 0) {
            rest = rest.substring(0, reason);
        }
        String[] words = rest.strip().split("[\\s,]+");
        String verb = words.length == 0 ? "" : words[0];
        List<String> ids = Arrays.stream(words).skip(1).filter(w -> !w.isEmpty()).toList();
        return Optional.of(new DirectiveComment(verb, ids));
    }
}
