package news.bulletin.newsroom.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.bulletin.account.SignedInPerson;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import news.bulletin.newsroom.SettingsForm;
import news.bulletin.newsroom.SiteSettingsEditor;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators change the site's name, address, logo, paging and comment policy at {@code /newsroom/settings}. */
@Controller
class SettingsController {
    private final SiteSettingsEditor editor;
    private final MediaLibrary media;

    SettingsController(SiteSettingsEditor editor, MediaLibrary media) {
        this.editor = editor;
        this.media = media;
    }

    @GetMapping("/newsroom/settings")
    String form(@RequestParam(required = false) @Nullable String done, Model model) {
        model.addAttribute("page", page(editor.current(), Map.of(), done == null ? "" : "The settings are saved."));
        return "newsroom/settings";
    }

    @PostMapping("/newsroom/settings")
    String save(
            @AuthenticationPrincipal SignedInPerson admin,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : SiteSettingsEditor.NAMES) {
            String value = params.getFirst(name);
            values.put(name, value == null ? "" : value.replace("\r\n", "\n"));
        }
        SettingsForm form = new SettingsForm(values);
        Map<String, String> problems = editor.save(admin, form);
        if (problems.isEmpty()) {
            return "redirect:/newsroom/settings?done";
        }
        model.addAttribute("page", page(form, problems, ""));
        return "newsroom/settings";
    }

    private SettingsPage page(SettingsForm form, Map<String, String> problems, String notice) {
        List<Media> logos =
                new ArrayList<>(media.search("", true, PageNumber.FIRST).items());
        String logo = form.get(SiteSettings.LOGO);
        // The current logo is always a choice, however old, so that saving other settings keeps it.
        if (!logo.isEmpty() && logos.stream().noneMatch(image -> image.url().equals(logo))) {
            media.findByKey(logo.replaceFirst("^/media/", "")).ifPresent(current -> logos.add(0, current));
        }
        return new SettingsPage(form, logos, problems, notice);
    }
}
