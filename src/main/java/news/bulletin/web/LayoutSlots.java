package news.bulletin.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;

/** The layout's personal slots: the account links in the masthead and the staff bar above it. */
@Configuration(proxyBeanMethods = false)
class LayoutSlots {
    @Bean
    PageSlot accountSlot(TemplateEngine templates) {
        return new PageSlot() {
            @Override
            public String name() {
                return "account";
            }

            @Override
            public String render(String argument, HttpServletRequest request) {
                Map<String, Object> parameters = new HashMap<>();
                Authentication reader = SecurityContextHolder.getContext().getAuthentication();
                parameters.put(
                        "viewerName",
                        reader != null && reader.getPrincipal() instanceof DisplayNamed person
                                ? person.displayName()
                                : null);
                parameters.put("csrf", request.getAttribute(CsrfToken.class.getName()));
                var output = new StringOutput();
                templates.render("layout/account.jte", parameters, output);
                return output.toString();
            }
        };
    }

    @Bean
    PageSlot staffSlot(TemplateEngine templates, ObjectProvider<StaffLinks> staffLinks) {
        return new PageSlot() {
            @Override
            public String name() {
                return "staff";
            }

            @Override
            public String render(String argument, HttpServletRequest request) {
                Authentication reader = SecurityContextHolder.getContext().getAuthentication();
                if (reader == null || !(reader.getPrincipal() instanceof DisplayNamed)) {
                    return "";
                }
                List<StaffLink> links = new ArrayList<>();
                List<StaffLinks> sources = staffLinks.orderedStream().toList();
                if (!argument.isEmpty()) {
                    sources.stream()
                            .map(source -> source.forPage(argument, reader))
                            .filter(Objects::nonNull)
                            .findFirst()
                            .ifPresent(links::add);
                }
                sources.forEach(source -> links.addAll(source.linksFor(reader)));
                if (links.isEmpty()) {
                    return "";
                }
                var output = new StringOutput();
                templates.render("layout/staffBar.jte", Map.of("links", links), output);
                return output.toString();
            }
        };
    }
}
