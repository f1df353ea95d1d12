package news.bulletin.media.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import news.bulletin.account.Role;
import news.bulletin.account.SignedInPerson;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import news.bulletin.media.MediaUse;
import news.bulletin.media.UploadRefusedException;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** The media library at {@code /newsroom/media}: upload, find, describe and delete images. */
@Controller
class MediaAdminController {
    private static final Map<String, String> NOTICES = Map.of(
            "uploaded", "The image is in the library. Describe it below: alt text is needed before it can be used.",
            "described", "Saved.",
            "deleted", "The image is deleted.");

    private final MediaLibrary library;

    MediaAdminController(MediaLibrary library) {
        this.library = library;
    }

    @GetMapping("/newsroom/media")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        model.addAttribute(
                "page",
                new LibraryPage(
                        library.search(q, false, PageNumber.parseOrFirst(page)),
                        q.trim(),
                        null,
                        done == null ? "" : NOTICES.getOrDefault(done, "")));
        return "media/library";
    }

    @PostMapping("/newsroom/media")
    ModelAndView upload(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam(required = false) @Nullable MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refused("Choose an image file to upload.", HttpStatus.BAD_REQUEST);
        }
        if (file.getSize() > 20L * 1024 * 1024) {
            return refused(
                    "The file is larger than 20 MB. Export a smaller copy and try again.",
                    HttpStatus.PAYLOAD_TOO_LARGE);
        }
        try {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            Media media = library.upload(name, file.getBytes(), person.personId());
            return new ModelAndView("redirect:/newsroom/media/" + media.id() + "?done=uploaded");
        } catch (UploadRefusedException e) {
            return refused(e.getMessage(), e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/newsroom/media/{id}")
    String item(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        Media media = library.find(id);
        model.addAttribute(
                "page",
                new MediaItemPage(
                        media,
                        library.usesOf(media),
                        Map.of(),
                        Map.of(),
                        mayDelete(person),
                        false,
                        done == null ? "" : NOTICES.getOrDefault(done, "")));
        return "media/item";
    }

    @PostMapping("/newsroom/media/{id}")
    String describe(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String alt,
            @RequestParam(defaultValue = "") String caption,
            @RequestParam(defaultValue = "") String credit,
            Model model) {
        Media media = library.find(id);
        if (alt.isBlank() || alt.length() > 500) {
            model.addAttribute(
                    "page",
                    new MediaItemPage(
                            media,
                            library.usesOf(media),
                            Map.of("alt", alt, "caption", caption, "credit", credit),
                            Map.of("alt", "Describe what the image shows, in at most 500 characters."),
                            mayDelete(person),
                            false,
                            ""));
            return "media/item";
        }
        library.describe(id, alt, caption, credit);
        return "redirect:/newsroom/media/" + id + "?done=described";
    }

    @PostMapping("/newsroom/media/{id}/delete")
    ModelAndView delete(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id) {
        Media media = library.find(id);
        List<MediaUse> uses = library.delete(person, id);
        if (uses.isEmpty()) {
            return new ModelAndView("redirect:/newsroom/media?done=deleted");
        }
        ModelAndView refused = new ModelAndView("media/item");
        refused.addObject("page", new MediaItemPage(media, uses, Map.of(), Map.of(), mayDelete(person), true, ""));
        refused.setStatus(HttpStatus.CONFLICT);
        return refused;
    }

    private ModelAndView refused(String problem, HttpStatus status) {
        ModelAndView page = new ModelAndView("media/library");
        page.addObject("page", new LibraryPage(library.search("", false, PageNumber.FIRST), "", problem, ""));
        page.setStatus(status);
        return page;
    }

    private static boolean mayDelete(SignedInPerson person) {
        return person.role().includes(Role.EDITOR);
    }
}
