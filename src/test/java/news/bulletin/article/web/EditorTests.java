package news.bulletin.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article editor over HTTP: writing, checks, preview, autosave, conflicts, review and history. */
@SiteTest
class EditorTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "editor");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriterCreatesAStoryAndFindsEveryFieldAgain() {
        var section = new TestArticles(context).section("Science");
        Account writer = account(Role.AUTHOR);
        Http browser = signIn(writer);

        Document blank = Jsoup.parse(browser.get("/newsroom/articles/new").body());
        assertThat(blank.select(".staff-bar a").eachText()).contains("Newsroom", "Stories", "New story", "Media");
        assertThat(blank.select("#headline")).hasSize(1);
        assertThat(blank.select("select[name=bylines] option[selected]").attr("value"))
                .as("a new story is credited to its writer")
                .isEqualTo(String.valueOf(writer.id()));

        var saved = browser.post(
                "/newsroom/articles",
                fields(
                        browser,
                        "headline",
                        "Comet returns after 70 years",
                        "slug",
                        "",
                        "dek",
                        "Astronomers are ready.",
                        "section",
                        String.valueOf(section.id()),
                        "tags",
                        "Space, Astronomy",
                        "bylines",
                        String.valueOf(writer.id()),
                        "body",
                        "## Where to look\n\nLow in the **east**.",
                        "commentsEnabled",
                        "true",
                        "seoTitle",
                        "Comet guide",
                        "seoDescription",
                        "How to see the comet",
                        "step",
                        "save"));

        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/newsroom/articles/\\d+\\?done=saved");
        Document editor = Jsoup.parse(browser.get(path(location)).body());
        assertThat(editor.select(".notice").text()).contains("Saved.");
        assertThat(editor.select("#headline").val()).isEqualTo("Comet returns after 70 years");
        assertThat(editor.select("#slug").val()).as("made from the headline").isEqualTo("comet-returns-after-70-years");
        assertThat(editor.select("#dek").text()).isEqualTo("Astronomers are ready.");
        assertThat(editor.select("#section option[selected]").text()).isEqualTo("Science");
        assertThat(editor.select("#tags").val()).isEqualTo("Astronomy, Space");
        assertThat(editor.select("#body").text()).contains("## Where to look");
        assertThat(editor.select("#seoTitle").val()).isEqualTo("Comet guide");
        assertThat(editor.select(".story-state .state").text()).isEqualTo("Draft");

        var published =
                browser.post(path(location).replaceAll("\\?.*", ""), formOf(browser, editor, "step", "publish"));
        assertThat(published.headers().firstValue("Location").orElseThrow()).endsWith("done=published");
        String publicPath = Jsoup.parse(browser.get(
                                path(published.headers().firstValue("Location").orElseThrow()))
                        .body())
                .select(".story-state a")
                .first()
                .attr("href");
        Document story = Jsoup.parse(new Http(port).get(publicPath).body());
        assertThat(story.title()).startsWith("Comet guide – ");
        assertThat(story.select("meta[name=description]").attr("content")).isEqualTo("How to see the comet");
        assertThat(story.select("h1").text()).isEqualTo("Comet returns after 70 years");
    }

    @Test
    void aRefusedFormComesBackWithEverythingTypedAndEachProblemByItsField() {
        Account writer = account(Role.AUTHOR);
        Http browser = signIn(writer);
        var taken = new TestArticles(context).article("Taken address").publish();
        String takenSlug = taken.path().substring(taken.path().lastIndexOf('/') + 1);
        String body = "A long body the writer must not lose.\n\nSecond paragraph.";

        Document missing = Jsoup.parse(browser.post(
                        "/newsroom/articles",
                        fields(
                                browser,
                                "headline",
                                " ",
                                "slug",
                                "Bad Slug!",
                                "body",
                                body,
                                "dek",
                                "Kept dek",
                                "step",
                                "save"))
                .body());
        assertThat(missing.select(".form-error").text()).contains("Nothing was saved");
        assertThat(missing.select("#headline-error").text()).contains("Write a headline.");
        assertThat(missing.select("#slug-error").text()).contains("lowercase letters");
        assertThat(missing.select("#slug").val()).isEqualTo("Bad Slug!");
        assertThat(missing.select("#body").first().wholeText()).isEqualTo(body);
        assertThat(missing.select("#dek").text()).isEqualTo("Kept dek");

        Document duplicate = Jsoup.parse(browser.post(
                        "/newsroom/articles",
                        fields(browser, "headline", "Another", "slug", takenSlug, "body", body, "step", "save"))
                .body());
        assertThat(duplicate.select("#slug-error").text()).contains("Another story uses this address");

        Document badDate = Jsoup.parse(browser.post(
                        "/newsroom/articles",
                        fields(
                                browser,
                                "headline",
                                "Timed",
                                "body",
                                body,
                                "step",
                                "schedule",
                                "publishAt",
                                "next tuesday"))
                .body());
        assertThat(badDate.select("#publishAt-error").text()).contains("Give a date and time");
        assertThat(badDate.select("#publishAt").val()).isEqualTo("next tuesday");
        assertThat(badDate.select("#headline").val()).isEqualTo("Timed");
        assertThat(count("SELECT COUNT(*) FROM articles WHERE headline IN ('Another', 'Timed')"))
                .isZero();
    }

    @Test
    void theSlugIsCheckedAsYouTypeAndThePreviewIsSanitizedLikeThePublicPage() {
        Http browser = signIn(account(Role.CONTRIBUTOR));
        var taken = new TestArticles(context).article("Checked slug").publish();
        String takenSlug = taken.path().substring(taken.path().lastIndexOf('/') + 1);

        assertThat(browser.get("/newsroom/articles/slug-check?slug=fresh-address")
                        .body())
                .isEmpty();
        assertThat(browser.get("/newsroom/articles/slug-check?slug=" + takenSlug)
                        .body())
                .contains("Another story uses this address");
        assertThat(browser.get("/newsroom/articles/slug-check?slug=Not%20Valid").body())
                .contains("lowercase letters");

        String preview = browser.post(
                        "/newsroom/articles/preview",
                        Map.of("_csrf", browser.csrf(), "body", "# Heading\n\nHi <script>alert(1)</script> **there**"))
                .body();
        assertThat(preview).contains("<h2>Heading</h2>").contains("<strong>there</strong>");
        assertThat(preview).doesNotContain("<script");
    }

    @Test
    void autosavedTypingIsOfferedBackAndASaveClearsIt() {
        Account writer = account(Role.AUTHOR);
        Http browser = signIn(writer);
        long id = create(browser, "Autosaved story", "First words.");

        var autosave = browser.post(
                "/newsroom/articles/autosave",
                fields(
                        browser,
                        "id",
                        String.valueOf(id),
                        "headline",
                        "Autosaved story, retitled",
                        "body",
                        "First words. And then a crash."));
        assertThat(autosave.statusCode()).isEqualTo(204);

        Document reopened = Jsoup.parse(browser.get("/newsroom/articles/" + id).body());
        assertThat(reopened.select(".autosave-offer").text()).contains("unsaved typing");
        assertThat(reopened.select("#headline").val())
                .as("the saved story until restored")
                .isEqualTo("Autosaved story");

        Document restored = Jsoup.parse(
                browser.get("/newsroom/articles/" + id + "?restore=true").body());
        assertThat(restored.select("#headline").val()).isEqualTo("Autosaved story, retitled");
        assertThat(restored.select("#body").first().wholeText()).isEqualTo("First words. And then a crash.");

        save(browser, id, restored, "Autosaved story, retitled", "First words. And then a crash.");
        assertThat(Jsoup.parse(browser.get("/newsroom/articles/" + id).body()).select(".autosave-offer"))
                .isEmpty();

        browser.post("/newsroom/articles/autosave", fields(browser, "headline", "Brand new", "body", "Unsaved."));
        Document fresh = Jsoup.parse(browser.get("/newsroom/articles/new").body());
        assertThat(fresh.select(".autosave-offer")).hasSize(1);
        assertThat(Jsoup.parse(browser.get("/newsroom/articles/new?restore=true")
                                .body())
                        .select("#headline")
                        .val())
                .isEqualTo("Brand new");
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsBothVersionsSideBySideAndOverwritesNothing() {
        Http first = signIn(account(Role.EDITOR));
        Http second = signIn(account(Role.EDITOR));
        long id = create(first, "Shared story", "Original body.");
        Document firstEditor = Jsoup.parse(first.get("/newsroom/articles/" + id).body());
        Document secondEditor =
                Jsoup.parse(second.get("/newsroom/articles/" + id).body());

        save(first, id, firstEditor, "Shared story", "Original body, improved by the first editor.");
        HttpResponse<String> clash =
                save(second, id, secondEditor, "Shared story, second take", "Original body, rewritten.");

        assertThat(clash.statusCode()).isEqualTo(200);
        Document conflict = Jsoup.parse(clash.body());
        assertThat(conflict.select("h1").text()).contains("Somebody else saved this story");
        assertThat(conflict.select(".conflict-table").text()).contains("Original body, improved by the first editor.");
        assertThat(conflict.select("#headline").val()).isEqualTo("Shared story, second take");
        assertThat(conflict.select("#body").first().wholeText()).isEqualTo("Original body, rewritten.");
        assertThat(conflict.select(".diff-text ins").text()).contains("rewritten");
        assertThat(jdbc.sql("SELECT body_markdown FROM articles WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Original body, improved by the first editor.");

        List<Map.Entry<String, String>> merge = new ArrayList<>();
        merge.add(Map.entry("_csrf", second.csrf()));
        for (var input : conflict.select("form.conflict-form input[name], form.conflict-form textarea[name]")) {
            if (!input.attr("name").equals("_csrf")) {
                merge.add(Map.entry(
                        input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val()));
            }
        }
        merge.removeIf(e -> e.getKey().equals("body"));
        merge.add(Map.entry("body", "Original body, improved by the first editor and rewritten."));
        merge.add(Map.entry("step", "save"));
        assertThat(second.post("/newsroom/articles/" + id, merge).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT body_markdown FROM articles WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Original body, improved by the first editor and rewritten.");
    }

    @Test
    void aContributorSubmitsAnEditorSendsItBackWithANoteAndPublishesTheSecondDraft() {
        Account contributor = account(Role.CONTRIBUTOR);
        Http writer = signIn(contributor);
        Http editor = signIn(account(Role.EDITOR));
        long id = create(writer, "Council vote", "The council voted.");

        Document draft = Jsoup.parse(writer.get("/newsroom/articles/" + id).body());
        assertThat(draft.select(".staff-bar a").eachText()).contains("Newsroom", "Stories", "Media");
        assertThat(draft.select("button[value=publish]"))
                .as("contributors do not publish")
                .isEmpty();
        assertThat(writer.post("/newsroom/articles/" + id, formOf(writer, draft, "step", "publish"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(status(id)).isEqualTo("DRAFT");

        writer.post("/newsroom/articles/" + id, formOf(writer, draft, "step", "submit"));
        assertThat(Jsoup.parse(editor.get("/newsroom").body())
                        .select("#review + ul")
                        .text())
                .contains("Council vote");
        assertThat(Jsoup.parse(writer.get("/newsroom/articles/" + id).body())
                        .select(".state")
                        .text())
                .isEqualTo("In review");

        editor.post(
                "/newsroom/articles/" + id + "/send-back",
                Map.of("_csrf", editor.csrf(), "note", "Who voted against?"));
        Document back = Jsoup.parse(writer.get("/newsroom/articles/" + id).body());
        assertThat(back.select(".review-note").text()).contains("Who voted against?");
        assertThat(back.select(".state").text()).isEqualTo("Draft");

        writer.post("/newsroom/articles/" + id, formOf(writer, back, "step", "submit"));
        Document review = Jsoup.parse(editor.get("/newsroom/articles/" + id).body());
        var published = editor.post("/newsroom/articles/" + id, formOf(editor, review, "step", "publish"));
        assertThat(published.headers().firstValue("Location").orElseThrow()).endsWith("?done=published");
        assertThat(status(id)).isEqualTo("PUBLISHED");

        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE subject = :s ORDER BY id")
                        .param("s", "article:" + id)
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "article.created",
                        "article.submitted",
                        "article.sent-back",
                        "article.submitted",
                        "article.published");

        editor.post("/newsroom/articles/" + id + "/unpublish", Map.of("_csrf", editor.csrf()));
        assertThat(status(id)).isEqualTo("UNPUBLISHED");
        editor.post("/newsroom/articles/" + id + "/delete", Map.of("_csrf", editor.csrf()));
        assertThat(count("SELECT COUNT(*) FROM articles WHERE id = " + id)).isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE subject = :s ORDER BY id")
                        .param("s", "article:" + id)
                        .query(String.class)
                        .list())
                .endsWith("article.unpublished", "article.deleted");
    }

    @Test
    void editsOfAPublishedStoryKeepRevisionsWithAWordDiffAndRestoreMakesANewOne() {
        Http editor = signIn(account(Role.EDITOR));
        long id = create(editor, "Harbour reopens", "The harbour reopened on Monday.");
        Document page = Jsoup.parse(editor.get("/newsroom/articles/" + id).body());
        editor.post("/newsroom/articles/" + id, formOf(editor, page, "step", "publish"));
        page = Jsoup.parse(editor.get("/newsroom/articles/" + id).body());
        save(editor, id, page, "Harbour reopens", "The harbour reopened on Tuesday after repairs.");

        Document history =
                Jsoup.parse(editor.get("/newsroom/articles/" + id + "/history").body());
        assertThat(history.select("tbody tr")).hasSize(2);
        assertThat(history.select(".diff del").eachText()).contains("Monday");
        assertThat(history.select(".diff ins").text()).contains("Tuesday").contains("repairs");

        editor.post(
                "/newsroom/articles/" + id + "/revisions/1/restore",
                Map.of(
                        "_csrf",
                        editor.csrf(),
                        "version",
                        history.select("form[action$=/revisions/1/restore] input[name=version]")
                                .val()));
        assertThat(jdbc.sql("SELECT body_markdown FROM articles WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("The harbour reopened on Monday.");
        Document after =
                Jsoup.parse(editor.get("/newsroom/articles/" + id + "/history").body());
        assertThat(after.select("tbody tr")).hasSize(3);
        assertThat(after.select("tbody tr").first().text()).contains("Restored revision 1");
    }

    @Test
    void aRefusedFormKeepsTheVersionItStartedFromAndAStaleSaveGoesToTheConflictPageFirst() {
        Http first = signIn(account(Role.EDITOR));
        Http second = signIn(account(Role.EDITOR));
        long id = create(first, "Versioned story", "Words.");
        Document firstEditor = Jsoup.parse(first.get("/newsroom/articles/" + id).body());
        String started = firstEditor.select("input[name=version]").val();

        Document refused = Jsoup.parse(
                first.post("/newsroom/articles/" + id, formOf(first, firstEditor, "headline", "", "step", "save"))
                        .body());
        assertThat(refused.select("#headline-error")).hasSize(1);
        assertThat(refused.select("input[name=version]").val()).isEqualTo(started);

        save(second, id, Jsoup.parse(second.get("/newsroom/articles/" + id).body()), "Versioned story", "Theirs.");
        Document stale = Jsoup.parse(first.post(
                        "/newsroom/articles/" + id,
                        formOf(first, refused, "headline", "", "body", "Mine, still.", "step", "save"))
                .body());
        assertThat(stale.select("h1").text()).contains("Somebody else saved this story");
        assertThat(stale.select("#body").first().wholeText()).isEqualTo("Mine, still.");
    }

    @Test
    void autosavedTypingIsStillOfferedAfterSomebodyElseSavesAndRestoringItLeadsToAMerge() {
        Account writer = account(Role.EDITOR);
        Http mine = signIn(writer);
        Http theirs = signIn(account(Role.EDITOR));
        long id = create(mine, "Crash story", "Saved words.");
        Document opened = Jsoup.parse(mine.get("/newsroom/articles/" + id).body());
        mine.post(
                "/newsroom/articles/autosave",
                fields(
                        mine,
                        "id",
                        String.valueOf(id),
                        "version",
                        opened.select("input[name=version]").val(),
                        "headline",
                        "Crash story",
                        "body",
                        "Saved words and my unsaved paragraph."));

        save(theirs, id, Jsoup.parse(theirs.get("/newsroom/articles/" + id).body()), "Crash story", "Their edit.");

        Document reopened = Jsoup.parse(mine.get("/newsroom/articles/" + id).body());
        assertThat(reopened.select(".autosave-offer"))
                .as("offered though the story changed since")
                .hasSize(1);
        Document restored = Jsoup.parse(
                mine.get("/newsroom/articles/" + id + "?restore=true").body());
        assertThat(restored.select("#body").first().wholeText()).isEqualTo("Saved words and my unsaved paragraph.");
        var merge = mine.post("/newsroom/articles/" + id, formOf(mine, restored, "step", "save"));
        assertThat(Jsoup.parse(merge.body()).select("h1").text()).contains("Somebody else saved this story");
        assertThat(jdbc.sql("SELECT body_markdown FROM articles WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Their edit.");
    }

    @Test
    void aTimeInThePastIsRefusedRatherThanBackdatingTheStory() {
        Http editor = signIn(account(Role.EDITOR));
        long id = create(editor, "Backdate attempt", "Words.");
        Document page = Jsoup.parse(editor.get("/newsroom/articles/" + id).body());
        Document refused = Jsoup.parse(editor.post(
                        "/newsroom/articles/" + id,
                        formOf(editor, page, "step", "schedule", "publishAt", "2020-01-01T09:00"))
                .body());
        assertThat(refused.select("#publishAt-error").text()).contains("Choose a time in the future");
        assertThat(refused.select("#publishAt").val()).isEqualTo("2020-01-01T09:00");
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void aRestoreFromAStaleHistoryPageChangesNothing() {
        Http editor = signIn(account(Role.EDITOR));
        long id = create(editor, "Restore race", "One.");
        Document page = Jsoup.parse(editor.get("/newsroom/articles/" + id).body());
        editor.post("/newsroom/articles/" + id, formOf(editor, page, "step", "publish"));
        save(editor, id, Jsoup.parse(editor.get("/newsroom/articles/" + id).body()), "Restore race", "Two.");
        Document history =
                Jsoup.parse(editor.get("/newsroom/articles/" + id + "/history").body());
        String staleVersion = history.select("form[action$=/revisions/1/restore] input[name=version]")
                .val();
        save(editor, id, Jsoup.parse(editor.get("/newsroom/articles/" + id).body()), "Restore race", "Three.");

        var answer = editor.post(
                "/newsroom/articles/" + id + "/revisions/1/restore",
                Map.of("_csrf", editor.csrf(), "version", staleVersion));
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("done=restore-stale");
        assertThat(jdbc.sql("SELECT body_markdown FROM articles WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Three.");
        assertThat(count("SELECT COUNT(*) FROM audit_events WHERE action = 'article.restored' AND subject = 'article:"
                        + id + "'"))
                .isZero();
    }

    @Test
    void aContributorReadsTheirPublishedStoryWithoutBeingOfferedChangesTheyCannotSave() {
        Account contributor = account(Role.CONTRIBUTOR);
        Http writer = signIn(contributor);
        Http editor = signIn(account(Role.EDITOR));
        long id = create(writer, "Read-only later", "Words.");
        Document draft = Jsoup.parse(writer.get("/newsroom/articles/" + id).body());
        writer.post("/newsroom/articles/" + id, formOf(writer, draft, "step", "submit"));
        editor.post(
                "/newsroom/articles/" + id,
                formOf(
                        editor,
                        Jsoup.parse(editor.get("/newsroom/articles/" + id).body()),
                        "step",
                        "publish"));

        Document readOnly = Jsoup.parse(writer.get("/newsroom/articles/" + id).body());
        assertThat(readOnly.select("fieldset.editor-fields").hasAttr("disabled"))
                .isTrue();
        assertThat(readOnly.select("#editor").attr("data-autosave")).isEmpty();
        assertThat(readOnly.select(".notice").text()).contains("may not change it");
    }

    @Test
    void staffWhoMayEditSeeEditThisArticleOnThePublicPage() {
        Account owner = account(Role.AUTHOR);
        Http author = signIn(owner);
        long id = create(author, "Own story", "Words.");
        Document page = Jsoup.parse(author.get("/newsroom/articles/" + id).body());
        String path = author.post("/newsroom/articles/" + id, formOf(author, page, "step", "publish"))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String publicPath = Jsoup.parse(author.get(path(path)).body())
                .select(".story-state a")
                .first()
                .attr("href");

        assertThat(Jsoup.parse(author.get(publicPath).body())
                        .select(".staff-bar a")
                        .first()
                        .attr("href"))
                .isEqualTo("/newsroom/articles/" + id);
        assertThat(Jsoup.parse(signIn(account(Role.EDITOR)).get(publicPath).body())
                        .select(".staff-bar a")
                        .eachText())
                .contains("Edit this article");
        assertThat(Jsoup.parse(signIn(account(Role.AUTHOR)).get(publicPath).body())
                        .select(".staff-bar a")
                        .eachText())
                .doesNotContain("Edit this article");
        assertThat(Jsoup.parse(new Http(port).get(publicPath).body()).select(".staff-bar"))
                .isEmpty();
    }

    private long create(Http browser, String headline, String body) {
        var saved = browser.post(
                "/newsroom/articles",
                fields(browser, "headline", headline, "body", body, "commentsEnabled", "true", "step", "save"));
        String location = saved.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));
    }

    private HttpResponse<String> save(Http browser, long id, Document editor, String headline, String body) {
        return browser.post(
                "/newsroom/articles/" + id,
                formOf(browser, editor, "headline", headline, "body", body, "step", "save"));
    }

    /** The editor's form as the page holds it, with some fields changed. */
    private static List<Map.Entry<String, String>> formOf(Http browser, Document editor, String... changes) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Map<String, String> changed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < changes.length; i += 2) {
            changed.put(changes[i], changes[i + 1]);
        }
        for (var element : editor.select("#editor input[name], #editor textarea[name], #editor select[name]")) {
            String name = element.attr("name");
            if (changed.containsKey(name) || name.equals("_csrf")) {
                continue;
            }
            switch (element.tagName()) {
                case "textarea" -> fields.add(Map.entry(name, element.wholeText()));
                case "select" ->
                    fields.add(
                            Map.entry(name, element.select("option[selected]").val()));
                default -> {
                    String type = element.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !element.hasAttr("checked")) {
                        continue;
                    }
                    fields.add(Map.entry(name, element.val()));
                }
            }
        }
        changed.forEach((name, value) -> fields.add(Map.entry(name, value)));
        fields.add(Map.entry("_csrf", browser.csrf()));
        return fields;
    }

    private static List<Map.Entry<String, String>> fields(Http browser, String... pairs) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("_csrf", browser.csrf()));
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return fields;
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM articles WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Account account(Role role) {
        return new TestAccounts(context).create(role);
    }

    private Http signIn(Account account) {
        return Http.signedIn(port, account.email(), TestAccounts.PASSWORD);
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
