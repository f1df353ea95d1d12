package news.bulletin.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The layout's personal slots: the account links in the masthead and the staff bar above it, built
 * by {@link Layouts} as for a page rendered for the reader.
 */
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
                parameters.put("viewerName", Layouts.viewerName());
                parameters.put("csrf", request.getAttribute(CsrfToken.class.getName()));
                var output = new StringOutput(1024);
                templates.render("layout/account.jte", parameters, output);
                return output.toString();
            }
        };
    }

    @Bean
    PageSlot staffSlot(TemplateEngine templates, Layouts layouts) {
        return new PageSlot() {
            @Override
            public String name() {
                return "staff";
            }

            @Override
            public String render(String argument, HttpServletRequest request) {
                List<StaffLink> links =
                        layouts.staffLinks(SecurityContextHolder.getContext().getAuthentication(), argument);
                if (links.isEmpty()) {
                    return "";
                }
                var output = new StringOutput(1024);
                templates.render("layout/staffBar.jte", Map.of("links", links), output);
                return output.toString();
            }
        };
    }
}
