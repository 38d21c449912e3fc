package io.prism.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Ranks the candidate causes of an alarm by what the operator saw. The candidates are the items of the alarm's
 * causes-and-remedies text ({@link #causes}); each starts at {@link #BASE} and gains a weight for every signal that
 * points at it: a symptom sharing a word with it, a high spindle load when it concerns load, cutting, tooling or
 * binding, the recent operation's keywords, and the axis or axis hardware. Scores are capped at 1. The rules are
 * keyword heuristics, documented in docs/alarms.md; they order the alarm's own remedies and never invent one.
 */
public final class AlarmDiagnostics {

    /** Score of every candidate before any signal. */
    static final double BASE = 0.1;
    /** Added per symptom that shares a word with the cause. */
    static final double SYMPTOM_WEIGHT = 0.3;
    /** Added when the cause concerns what the machine was doing. */
    static final double OPERATION_WEIGHT = 0.25;
    /** Added when the cause names the axis or axis hardware. */
    static final double AXIS_WEIGHT = 0.15;
    /** Added, in full, to load-related causes at a spindle load of {@link #LOAD_FULL} percent or more. */
    static final double LOAD_WEIGHT = 0.4;
    /** Spindle load (percent) up to which the load adds nothing; the weight grows linearly above it. */
    static final double LOAD_FROM = 80;
    /** Spindle load (percent) from which the load adds its full weight. */
    static final double LOAD_FULL = 150;

    /** Words of a cause that make it load-related. */
    private static final List<String> LOAD_WORDS = List.of("load", "overload", "heavy", "cut", "cuts", "cutting",
            "torque", "tool", "feed", "bind", "binding", "current", "overcurrent", "chip", "chips", "depth", "worn",
            "dull", "friction", "duty");
    /** Words of a cause that make it concern an axis drive. */
    private static final List<String> AXIS_WORDS = List.of("axis", "axes", "servo", "motor", "encoder",
            "amplifier", "brake", "binding", "counterbalance", "ball", "screw", "gib", "coupling", "scale", "drive");
    /** Keywords of each recent operation (the GraphQL enum {@code RecentOperation}). */
    private static final Map<String, List<String>> OPERATION_WORDS = Map.of(
            "TOOL_CHANGE", List.of("tool", "changer", "carousel", "turret", "shuttle", "clamp", "unclamp",
                    "drawbar", "pocket", "air", "piston", "stud", "m06"),
            "RAPID_MOVE", List.of("rapid", "move", "travel", "overtravel", "limit", "position", "binding", "axis",
                    "offset", "offsets"),
            "CUTTING", List.of("feed", "cut", "cuts", "cutting", "load", "tool", "chip", "depth", "binding",
                    "torque", "contour", "compensation"),
            "DRILLING", List.of("drill", "drilling", "peck", "feed", "chip", "depth", "cycle", "q"),
            "TAPPING", List.of("tap", "tapping", "rigid", "thread", "pitch", "lead", "spindle", "m29",
                    "synchronous"),
            "REFERENCE_RETURN", List.of("reference", "home", "homing", "zero", "cam", "switch", "encoder", "grid",
                    "index", "marker", "dog"),
            "JOG", List.of("jog", "handwheel", "limit", "overtravel", "switch", "direction"),
            "SPINDLE_START", List.of("spindle", "drive", "orientation", "gear", "encoder", "belt", "clamp", "lock"),
            "PROGRAM_START", List.of("program", "block", "code", "macro", "offset", "parameter", "syntax", "format",
                    "address", "command", "restart", "sequence"),
            "POWER_ON", List.of("power", "battery", "voltage", "memory", "backup", "parameter", "plc", "supply",
                    "mains", "boot", "startup", "self"));
    /** Words of a symptom that say nothing about a cause. */
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "when", "after", "while",
            "during", "from", "this", "that", "was", "were", "are", "has", "have", "had", "very", "into", "then",
            "than", "its", "not", "too", "low", "high", "all", "any", "but", "out", "off", "one", "get", "got",
            "keeps", "again", "some");

    private AlarmDiagnostics() {
    }

    /**
     * What the operator saw.
     *
     * @param axis            upper-case axis name, or null
     * @param recentOperation name of a {@code RecentOperation} constant, or null
     */
    public record Observation(double spindleLoadPercent, String axis, String recentOperation, List<String> symptoms) {

        public Observation {
            symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
        }
    }

    /**
     * One reason a cause was ranked up.
     *
     * @param signal name of the GraphQL enum {@code DiagnosisSignal} constant
     */
    public record CauseReason(String signal, String detail, double weight) {
    }

    /** A candidate cause with its score in [0, 1] and the reasons it rose above {@link #BASE}. */
    public record RankedCause(String cause, double score, List<CauseReason> reasons) {

        public RankedCause {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The items of a causes-and-remedies text: the pieces between semicolons, commas and sentence ends outside
     * parentheses, trimmed, without a leading "then", "and", "also" or "or" and without a trailing full stop, with a
     * capital first letter. A piece that is a parenthesised remark of its own, or shorter than three characters, is
     * no cause; repeated pieces count once.
     */
    static List<String> causes(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            boolean sentenceEnd = c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !piece.toString().matches("(?s).*\\b(?:e\\.g|i\\.e)$");
            if (depth == 0 && (c == ';' || c == ',' || sentenceEnd)) {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        List<String> causes = new ArrayList<>();
        for (String p : pieces) {
            String cause = p.strip().replaceFirst("(?i)^(?:then|and|also|or)\\s+", "").strip();
            if (cause.length() < 3 || (cause.startsWith("(") && cause.endsWith(")"))) {
                continue;
            }
            cause = Character.toUpperCase(cause.charAt(0)) + cause.substring(1);
            if (!causes.contains(cause)) {
                causes.add(cause);
            }
        }
        return causes;
    }

    /** The causes ranked for what was seen: highest score first, ties in the order of the text. */
    static List<RankedCause> rank(List<String> causes, Observation seen) {
        List<RankedCause> ranked = causes.stream().map(cause -> score(cause, seen)).toList();
        return IntStream.range(0, ranked.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -ranked.get(i).score()).thenComparing(i -> i))
                .map(ranked::get)
                .toList();
    }

    private static RankedCause score(String cause, Observation seen) {
        List<String> words = words(cause);
        List<CauseReason> reasons = new ArrayList<>();
        for (String symptom : seen.symptoms()) {
            List<String> said = words(symptom).stream()
                    .filter(w -> w.length() >= 3 && !STOPWORDS.contains(w)).toList();
            shared(said, words).ifPresent(w -> reasons.add(new CauseReason("SYMPTOM",
                    "symptom \"" + symptom + "\" shares the word \"" + w + "\"", SYMPTOM_WEIGHT)));
        }
        double load = Math.clamp((seen.spindleLoadPercent() - LOAD_FROM) / (LOAD_FULL - LOAD_FROM), 0.0, 1.0);
        if (load > 0) {
            shared(LOAD_WORDS, words).ifPresent(w -> reasons.add(new CauseReason("SPINDLE_LOAD",
                    "spindle load " + percent(seen.spindleLoadPercent()) + " is above " + percent(LOAD_FROM)
                            + " and the cause concerns \"" + w + "\"", round(LOAD_WEIGHT * load))));
        }
        if (seen.recentOperation() != null) {
            shared(OPERATION_WORDS.getOrDefault(seen.recentOperation(), List.of()), words)
                    .ifPresent(w -> reasons.add(new CauseReason("RECENT_OPERATION", "recent operation "
                            + seen.recentOperation() + " concerns \"" + w + "\"", OPERATION_WEIGHT)));
        }
        if (seen.axis() != null) {
            String detail = namesAxis(words, seen.axis().toLowerCase(Locale.ROOT)) ? "names the axis"
                    : shared(AXIS_WORDS, words).map(w -> "concerns \"" + w + "\"").orElse(null);
            if (detail != null) {
                reasons.add(new CauseReason("AXIS", "axis " + seen.axis() + ": the cause " + detail, AXIS_WEIGHT));
            }
        }
        double score = BASE + reasons.stream().mapToDouble(CauseReason::weight).sum();
        return new RankedCause(cause, round(Math.min(1.0, score)), reasons);
    }

    /** True when the words name the axis: its name next to "axis", or followed by an axis-hardware word. */
    private static boolean namesAxis(List<String> words, String axis) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(axis) && ((i > 0 && words.get(i - 1).equals("axis"))
                    || (i + 1 < words.size() && AXIS_WORDS.contains(words.get(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    /** The first cause word that one of {@code keys} matches (see {@link #same}). */
    private static Optional<String> shared(List<String> keys, List<String> causeWords) {
        for (String key : keys) {
            for (String w : causeWords) {
                if (same(key, w)) {
                    return Optional.of(w);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Two words match when they are equal, or when both have four letters or more and one is the other plus at most
     * three letters ({@code bind}/{@code binding}, {@code overheat}/{@code overheating}, but not {@code feed}/
     * {@code feedback}).
     */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return shorter.length() >= 4 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 3;
    }

    /** Lower-case runs of letters and digits. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String percent(double value) {
        return (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value)) + "%";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
