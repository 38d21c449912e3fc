package io.prism.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic writer: a target holds its old content or its new content, never a part, and no temporary file stays. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private Path target;

    /** Every test starts from a segment that holds one line. */
    @BeforeEach
    void oldFile() throws IOException {
        target = dir.resolve("segment.jsonl");
        AtomicFile.write(target, utf8("old\n"));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String content(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void shouldCreateAndReplaceAFileWholeAndLeaveNoTemporaryFile() throws IOException {
        assertThat(content(target)).isEqualTo("old\n");
        for (String content : List.of("one\n", "two\n", "")) {
            AtomicFile.write(target, utf8(content));
            assertThat(content(target)).isEqualTo(content);
        }
        assertThat(names()).containsExactly("segment.jsonl");
    }

    @Test
    void shouldKeepTheOldContentWhileTheNewIsWrittenAndWhenItIsDropped() throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            file.write(utf8("new, never committed\n"));
            assertThat(content(target)).as("not visible before the commit").isEqualTo("old\n");
            assertThat(names()).hasSize(2).anySatisfy(n ->
                    assertThat(n).startsWith(".segment.jsonl.").endsWith(AtomicFile.TEMP_SUFFIX));
        }
        assertThat(content(target)).isEqualTo("old\n");
        assertThat(names()).containsExactly("segment.jsonl");
    }

    @Test
    void shouldExtendAFileByRewritingItWithItsOldContentFirst() throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            file.copyFrom(target);
            file.write(utf8("new"));
            file.write('\n');
            file.commit();
        }
        assertThat(content(target)).isEqualTo("old\nnew\n");
        assertThat(names()).containsExactly("segment.jsonl");
    }

    @Test
    void shouldWriteContentLargerThanItsBuffer() throws IOException {
        byte[] large = utf8("0123456789abcdef".repeat(20_000));
        AtomicFile.write(target, large);
        assertThat(Files.readAllBytes(target)).isEqualTo(large);
    }

    @Test
    void shouldForceADirectoryWithoutFailing() {
        AtomicFile.syncDirectory(dir);
        AtomicFile.syncDirectory(dir.resolve("missing"));
        assertThat(dir).isDirectory();
    }
}
