package org.inclusiondata.extract.evaluation;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inclusiondata.extract.testkit.Corpus;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the reference scorer {@code score.py} with python3. A machine without python3 cannot prove
 * the evaluator agrees with it, so that fails, unless {@value #ALLOW_MISSING} is set to true, which
 * skips the comparison instead.
 */
final class ScorePy {

    static final String ALLOW_MISSING = "inclusiondata.allowMissingPython";

    private static final String PYTHON = "python3";
    private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder().build();

    private ScorePy() {
    }

    /** score.py's path once python3 was seen to run, so that it is checked once per test run. */
    private static Path verified;

    /** Fails (or skips, when allowed) unless python3 and score.py are there; returns score.py's path. */
    static synchronized Path require() {
        if (verified == null) {
            verified = require(PYTHON, Boolean.getBoolean(ALLOW_MISSING));
        }
        return verified;
    }

    /**
     * Fails unless {@code python} runs and score.py exists; when {@code allowMissing}, aborts the
     * test (reported as skipped) instead of failing.
     */
    static Path require(String python, boolean allowMissing) {
        Path script;
        try {
            script = Corpus.scorePy();
        } catch (IllegalStateException e) {
            return missing(e.getMessage(), allowMissing);
        }
        if (!Files.isRegularFile(script)) {
            return missing("the reference scorer " + script + " does not exist; put the shared folder beside the repository "
                    + "or set -D" + Corpus.SHARED_DIR_PROPERTY, allowMissing);
        }
        try {
            Process p = new ProcessBuilder(python, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return missing(python + " --version did not succeed", allowMissing);
            }
        } catch (IOException e) {
            return missing(python + " cannot be started (" + e.getMessage() + ")", allowMissing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return missing("interrupted while starting " + python, allowMissing);
        }
        return script;
    }

    private static Path missing(String why, boolean allowMissing) {
        String message = why + ". The evaluator's agreement with score.py cannot be checked: install python3 "
                + "(the CI machine has it), or pass -D" + ALLOW_MISSING + "=true to skip these comparisons.";
        if (allowMissing) {
            Assumptions.abort(message);
        }
        return fail(message);
    }

    /**
     * score.py's output for {@code --json} and for {@code --by-language --show-errors} on each
     * {@code {gold folder, predicted file}} pair, from one python3 process that runs score.py's own
     * {@code main()} for each (starting python3 is the slow part).
     */
    static List<String[]> runJsonAndText(List<Path[]> runs) {
        Path script = require();
        try {
            Path program = Files.createTempFile("score-all", ".py");
            Path list = Files.createTempFile("score-all", ".json");
            try {
                List<List<String>> paths = new ArrayList<>();
                runs.forEach(r -> paths.add(List.of(r[0].toAbsolutePath().toString(), r[1].toAbsolutePath().toString())));
                MAPPER.writeValue(list.toFile(), paths);
                Files.writeString(program, String.join("\n",
                        "import contextlib, importlib.util, io, json, sys",
                        "script, runs = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))",
                        "spec = importlib.util.spec_from_file_location('score', script)",
                        "score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)",
                        "outputs = []",
                        "for gold, predicted in runs:",
                        "    for options in (['--json'], ['--by-language', '--show-errors']):",
                        "        sys.argv = [script, gold, predicted] + options",
                        "        buffer = io.StringIO()",
                        "        with contextlib.redirect_stdout(buffer):",
                        "            score.main()",
                        "        outputs.append(buffer.getvalue())",
                        "sys.stdout.write(json.dumps(outputs))", ""), StandardCharsets.UTF_8);
                String out = runPython(program, script.toString(), list.toString());
                List<String> texts = new ArrayList<>();
                MAPPER.readTree(out).forEach(n -> texts.add(n.asString()));
                if (texts.size() != 2 * runs.size()) {
                    return fail("score.py gave " + texts.size() + " outputs for " + runs.size() + " runs");
                }
                List<String[]> result = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    result.add(new String[] {texts.get(2 * i), texts.get(2 * i + 1)});
                }
                return result;
            } finally {
                Files.deleteIfExists(program);
                Files.deleteIfExists(list);
            }
        } catch (IOException e) {
            return fail("cannot write a python3 program: " + e.getMessage());
        }
    }

    /** The standard output of a python3 program; fails on a non-zero exit. */
    static String runPython(Path program, String... arguments) {
        require();
        List<String> command = new ArrayList<>(List.of(PYTHON, program.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONUTF8", "1");
        try {
            Path err = Files.createTempFile("score-py", ".err");
            try {
                pb.redirectError(err.toFile());
                Process p = pb.start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return fail("python3 did not finish: " + command);
                }
                if (p.exitValue() != 0) {
                    return fail("python3 exited with " + p.exitValue() + " for " + command + ":\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return fail("cannot run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + command);
        }
    }
}
