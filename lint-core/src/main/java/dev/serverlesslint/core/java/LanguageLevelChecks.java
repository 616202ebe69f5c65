package dev.serverlesslint.core.java;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.ProblemReporter;
import com.github.javaparser.ast.validator.SingleNodeTypeValidator;
import com.github.javaparser.ast.validator.TreeVisitorValidator;
import com.github.javaparser.ast.validator.TypedValidator;
import com.github.javaparser.ast.validator.Validator;
import com.github.javaparser.ast.validator.Validators;
import com.github.javaparser.ast.validator.language_level_validations.Java25Validator;
import com.github.javaparser.ast.validator.postprocessors.Java25PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * JavaParser's Java 25 language-level step (its post-processing, then its validators), with the
 * validators' tree walks shared. JavaParser runs each of the 22 validators of
 * {@link Java25Validator} as a walk of its own over the whole tree; 15 of them look at one node
 * type ({@link SingleNodeTypeValidator}, through {@code findAll}) and 3 at every node
 * ({@link TreeVisitorValidator}), so those 18 can look at each node during one walk. That was about
 * a fifth of a file's parse (thread CPU time over spring-core's 788 files, C1). The 4 visitor-based
 * validators keep their own walks.
 *
 * <p>The problems a file gets stay JavaParser's own, in its order: when the shared walk finds any,
 * JavaParser's validator runs as it would have and reports them. Problems are rare (a file that does
 * not compile), so the second run costs nothing in practice.
 *
 * <p>Taking the validators apart needs two private fields of JavaParser's validator classes. If a
 * JavaParser version changes them, {@link #install} leaves the configuration as JavaParser made it:
 * slower, never different. {@code LanguageLevelChecksTest} fails then, so an upgrade notices.
 */
final class LanguageLevelChecks extends Processor {

    private static final Validator VALIDATOR = new Java25Validator();
    private static final PostProcessors POST_PROCESSOR = new Java25PostProcessor();
    private static final Optional<SharedWalk> SHARED_WALK = SharedWalk.of(VALIDATOR);

    /** The class of the processor JavaParser's configuration adds for its language level. */
    private static final String LANGUAGE_LEVEL_PROCESSOR = "com.github.javaparser.ParserConfiguration$2";

    private LanguageLevelChecks() {
    }

    /**
     * Puts this step in place of JavaParser's language-level step of a Java 25 configuration, and
     * tells whether it did.
     */
    static boolean install(ParserConfiguration configuration) {
        if (configuration.getLanguageLevel() != ParserConfiguration.LanguageLevel.JAVA_25 || SHARED_WALK.isEmpty()) {
            return false;
        }
        List<Supplier<Processor>> processors = configuration.getProcessors();
        for (int i = 0; i < processors.size(); i++) {
            if (processors.get(i).get().getClass().getName().equals(LANGUAGE_LEVEL_PROCESSOR)) {
                processors.set(i, LanguageLevelChecks::new);
                return true;
            }
        }
        return false;
    }

    /** Whether the shared walk could be made from this JavaParser's validators. */
    static boolean sharedWalkAvailable() {
        return SHARED_WALK.isPresent();
    }

    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
        POST_PROCESSOR.postProcess(result, configuration);
        Node root = result.getResult().get(); // as JavaParser's own step: it runs on parsed trees only
        if (SHARED_WALK.get().findsProblem(root)) {
            VALIDATOR.accept(root, new ProblemReporter(problem -> result.getProblems().add(problem)));
        }
    }

    /** The validators of one language level, run over a tree in as few walks as they allow. */
    static final class SharedWalk {
        private final List<NodeCheck> nodeChecks;
        private final List<Validator> ownWalks;
        private final ClassValue<List<NodeCheck>> checksByNodeClass = new ClassValue<>() {
            @Override
            protected List<NodeCheck> computeValue(Class<?> nodeClass) {
                List<NodeCheck> applicable = new ArrayList<>();
                for (NodeCheck check : nodeChecks) {
                    if (check.nodeType().isAssignableFrom(nodeClass)) { // findAll matches subclasses too
                        applicable.add(check);
                    }
                }
                return List.copyOf(applicable);
            }
        };

        private SharedWalk(List<NodeCheck> nodeChecks, List<Validator> ownWalks) {
            this.nodeChecks = List.copyOf(nodeChecks);
            this.ownWalks = List.copyOf(ownWalks);
        }

        static Optional<SharedWalk> of(Validator validator) {
            List<NodeCheck> nodeChecks = new ArrayList<>();
            List<Validator> ownWalks = new ArrayList<>();
            try {
                split(validator, nodeChecks, ownWalks);
            } catch (ReflectiveOperationException | RuntimeException notThisVersion) {
                return Optional.empty();
            }
            return Optional.of(new SharedWalk(nodeChecks, ownWalks));
        }

        private static void split(Validator validator, List<NodeCheck> nodeChecks, List<Validator> ownWalks)
                throws ReflectiveOperationException {
            if (validator instanceof Validators group) {
                for (Validator member : group.getValidators()) {
                    split(member, nodeChecks, ownWalks);
                }
            } else if (validator instanceof SingleNodeTypeValidator<?> single) {
                nodeChecks.add(new NodeCheck(field(SingleNodeTypeValidator.class, "type", Class.class, single),
                        field(SingleNodeTypeValidator.class, "validator", TypedValidator.class, single)));
            } else if (validator instanceof TreeVisitorValidator everyNode) {
                nodeChecks.add(new NodeCheck(Node.class,
                        field(TreeVisitorValidator.class, "validator", Validator.class, everyNode)));
            } else {
                ownWalks.add(validator);
            }
        }

        private static <T> T field(Class<?> owner, String name, Class<T> type, Object instance)
                throws ReflectiveOperationException {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return type.cast(field.get(instance));
        }

        int sharedChecks() {
            return nodeChecks.size();
        }

        int ownWalks() {
            return ownWalks.size();
        }

        /** Runs every validator over the tree; true when any of them reports a problem. */
        boolean findsProblem(Node root) {
            boolean[] found = {false};
            ProblemReporter reporter = new ProblemReporter(problem -> found[0] = true);
            root.walk(node -> {
                for (NodeCheck check : checksByNodeClass.get(node.getClass())) {
                    check.run(node, reporter);
                }
            });
            for (Validator validator : ownWalks) {
                validator.accept(root, reporter);
            }
            return found[0];
        }
    }

    /** One validator's check of a node of its type. */
    private record NodeCheck(Class<?> nodeType, TypedValidator<?> check) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        void run(Node node, ProblemReporter reporter) {
            ((TypedValidator) check).accept(node, reporter);
        }
    }
}
