package news.bulletin.newsroom.web;

import java.util.ArrayList;
import java.util.List;
import news.bulletin.account.Accounts;
import news.bulletin.account.People;
import news.bulletin.account.Person;
import news.bulletin.account.SignedInPerson;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators edit what an author page says about its author at
 * {@code /newsroom/people/{id}/profile}: the bio, and a photo from the media library.
 */
@Controller
class ProfileController {
    static final int MAX_BIO = 2000;

    private final People people;
    private final Accounts accounts;
    private final MediaLibrary media;

    ProfileController(People people, Accounts accounts, MediaLibrary media) {
        this.people = people;
        this.accounts = accounts;
        this.media = media;
    }

    @GetMapping("/newsroom/people/{id}/profile")
    String form(@PathVariable long id, @RequestParam(required = false) @Nullable String done, Model model) {
        Person person = staff(id);
        model.addAttribute(
                "page",
                page(
                        person,
                        person.bio(),
                        person.photoMediaId(),
                        null,
                        done == null ? "" : "The author page is saved."));
        return "newsroom/profile";
    }

    @PostMapping("/newsroom/people/{id}/profile")
    String save(
            @AuthenticationPrincipal SignedInPerson admin,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String bio,
            @RequestParam(defaultValue = "") String photo,
            Model model) {
        Person person = staff(id);
        Long photoId = parse(photo);
        String problem = null;
        if (bio.strip().length() > MAX_BIO) {
            problem = "Keep the bio under " + MAX_BIO + " characters.";
        } else if (photoId != null
                && media.findById(photoId).filter(Media::hasAlt).isEmpty()) {
            problem = "Choose a photo from the list; it needs alt text in the media library.";
        }
        if (problem != null) {
            model.addAttribute("page", page(person, bio, photoId, problem, ""));
            return "newsroom/profile";
        }
        accounts.updateProfile(admin, id, bio, photoId);
        return "redirect:/newsroom/people/" + id + "/profile?done";
    }

    private ProfilePage page(
            Person person, String bio, @Nullable Long photoId, @Nullable String problem, String notice) {
        List<Media> images =
                new ArrayList<>(media.search("", true, PageNumber.FIRST).items());
        if (photoId != null && images.stream().noneMatch(m -> m.id() == photoId)) {
            media.findById(photoId).ifPresent(current -> images.add(0, current));
        }
        return new ProfilePage(person, bio, photoId, images, problem, notice);
    }

    private Person staff(long id) {
        return people.findById(id)
                .filter(person -> person.role().isStaff())
                .orElseThrow(() -> new NotFoundException("no such member of staff"));
    }

    private static @Nullable Long parse(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
