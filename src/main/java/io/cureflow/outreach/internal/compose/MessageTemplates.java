package io.cureflow.outreach.internal.compose;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vetted message templates under templates/messages: Thymeleaf TEXT templates, one file a variant, named
 * channel/tone/language/variant.txt (voicemail/language/variant.txt for the limited-content voicemail). Its engine is
 * its own and no bean, so the web pages keep Spring Boot's.
 */
@Component
public class MessageTemplates {

    static final String FOLDER = "templates/messages/";
    private static final Pattern NAME = Pattern.compile(".*/" + FOLDER + "((?:[a-z-]+/)+[a-z]+)\\.txt");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Map<String, List<String>> variantsByFolder;

    public MessageTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(getClass().getClassLoader());
        resolver.setPrefix(FOLDER);
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true);
        variantsByFolder = scan();
    }

    /** The variants of one folder (for example "sms/supportive/es"), in order: a, b, ... Empty when there is none. */
    public List<String> variants(String folder) {
        return variantsByFolder.getOrDefault(folder, List.of());
    }

    public String render(String folder, String variant, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        return engine.process(folder + "/" + variant, context);
    }

    private static Map<String, List<String>> scan() {
        Map<String, List<String>> found = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + FOLDER + "**/*.txt")) {
                Matcher name = NAME.matcher(resource.getURL().toString());
                if (name.matches()) {
                    String path = name.group(1);
                    int slash = path.lastIndexOf('/');
                    found.computeIfAbsent(path.substring(0, slash), folder -> new ArrayList<>())
                            .add(path.substring(slash + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message templates", e);
        }
        found.values().forEach(list -> list.sort(null));
        found.replaceAll((folder, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(found);
    }
}
