package fr.cibtp.espace.it.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package of the deployed jars depends on a package that depends on it back, within a jar or across jars: a
 * cycle is where a change in one place breaks another nobody thought of. Read from the sources, as the imports say.
 */
class PackageCyclesTest {

    static final List<String> DEPLOYED = List.of("common", "user-storage", "authenticators", "delegation-mapper");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(fr\\.cibtp\\.espace\\.[a-z.]*[a-z])\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void noPackageCycle() {
        Map<String, Set<String>> uses = packageUses();
        assertTrue(uses.size() > 40, "the packages were read: " + uses.keySet());
        assertEquals(List.of(), cycles(uses), "packages that depend on each other");
    }

    @Test
    void commonDependsOnNoOtherJar() {
        Map<String, Set<String>> uses = packageUses(List.of("common"));
        Set<String> own = uses.keySet();
        Map<String, Set<String>> outside = new TreeMap<>();
        uses.forEach((pkg, used) -> used.stream().filter(u -> !own.contains(u)).forEach(u -> outside.computeIfAbsent(pkg, k -> new TreeSet<>()).add(u)));
        assertEquals(Map.of(), outside, "common uses packages of the jars that depend on it");
    }

    private static Map<String, Set<String>> packageUses() {
        return packageUses(DEPLOYED);
    }

    private static Map<String, Set<String>> packageUses(List<String> modules) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String module : modules) {
            Path root = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    String pkg = root.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                    Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                    Matcher imports = IMPORT.matcher(read(file));
                    while (imports.find()) {
                        if (!imports.group(1).equals(pkg)) {
                            used.add(imports.group(1));
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uses;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tarjan's strongly connected components of more than one package. */
    static List<Set<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String start : uses.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, uses, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void visit(String pkg, Map<String, Set<String>> uses, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
        index.put(pkg, index.size());
        low.put(pkg, index.get(pkg));
        stack.push(pkg);
        onStack.add(pkg);
        for (String used : uses.getOrDefault(pkg, Set.of())) {
            if (!index.containsKey(used)) {
                visit(used, uses, index, low, stack, onStack, found);
                low.put(pkg, Math.min(low.get(pkg), low.get(used)));
            } else if (onStack.contains(used)) {
                low.put(pkg, Math.min(low.get(pkg), index.get(used)));
            }
        }
        if (low.get(pkg).equals(index.get(pkg))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(pkg));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
