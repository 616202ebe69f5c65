package dev.serverlesslint.core.engine;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.requestpath.RequestPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each finding in a Java file that runs on a request path the hops of that path (the handler method and
 * each method it reaches on the way, where they are declared) as related locations, so that reports let a
 * reviewer click through the chain a message names. The chain is the one the rules see for the code at the
 * finding's position; findings that already carry related locations keep their own.
 */
final class RequestPathLinks {

    private RequestPathLinks() {
    }

    static List<Finding> attach(List<Finding> findings, JavaSource source, RequestPaths paths) {
        if (findings.isEmpty() || !paths.reaches(source.unit())) {
            return findings;
        }
        List<Finding> linked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!finding.related().isEmpty() || !finding.path().equals(source.path())) {
                linked.add(finding);
                continue;
            }
            Optional<CallChain> chain = paths.chainTo(innermostAt(source.unit(), finding.line(), finding.column()));
            linked.add(chain.filter(c -> !c.steps().isEmpty())
                    .map(c -> finding.withRelated(c.steps()))
                    .orElse(finding));
        }
        return linked;
    }

    /** The deepest node whose range holds the position (the unit itself when none does). */
    static Node innermostAt(Node root, int line, int column) {
        Position position = new Position(line, column);
        Node current = root;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Node child : current.getChildNodes()) {
                if (child.getRange().filter(range -> range.contains(position)).isPresent()) {
                    current = child;
                    descended = true;
                    break;
                }
            }
        }
        return current;
    }
}
