package io.grassroots.deploy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a page makes a browser download: the HTML, every script and stylesheet it references, and
 * every module those scripts import statically (the bundler's chunks), each once. Sizes raw, gzipped
 * here (level 6, what a server's default gzip gives), and as the server sent them when asked for gzip.
 */
final class PageWeight {
    private static final Pattern TAG = Pattern.compile("<(script|link)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\b(?:src|href)\\s*=\\s*\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REL = Pattern.compile("\\brel\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    /** Static imports and re-exports in minified or plain ES modules: import x from"./a.js", import"./b.js". */
    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "(?:\\bimport|\\bexport)\\s*(?:[\\w*${}\\s,]+?\\s*from\\s*)?[\"']([^\"'\\s]+\\.m?js)[\"']");
    private static final Pattern DYNAMIC_IMPORT = Pattern.compile("\\bimport\\(\\s*[\"']([^\"']+)[\"']\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(?:url\\()?[\"']?([^\"')\\s;]+)");

    /** One page's weight; {@code assets} are the fetched URLs in the order found. */
    record Weight(long htmlRaw, long htmlGzip, String htmlEncoding, long raw, long gzip, long wire, List<String> assets,
            Set<String> assetEncodings, Set<String> assetCaching, List<String> lazy, boolean chartLoaded,
            boolean chartShown) {
    }

    private PageWeight() {
    }

    /** Weighs a page as {@code user} sees it; a referenced asset that does not answer 200 is an error. */
    static Weight of(ConsoleUser user, String base, String path) throws IOException, InterruptedException {
        ConsoleUser.Answer page = user.get(path, true);
        if (page.status() != 200) {
            throw new IOException("GET " + path + " answered " + page.status());
        }
        String htmlEncoding = encoding(page);
        byte[] html = decoded(page);
        String text = new String(html, java.nio.charset.StandardCharsets.UTF_8);
        long raw = html.length;
        long gzip = gzip(html).length;
        long wire = page.body().length;
        URI pageUri = URI.create(base + path);
        LinkedHashSet<String> queue = new LinkedHashSet<>();
        Matcher tags = TAG.matcher(text);
        while (tags.find()) {
            String tag = tags.group();
            Matcher src = SRC.matcher(tag);
            if (!src.find()) {
                continue;
            }
            Matcher rel = REL.matcher(tag);
            String relation = rel.find() ? rel.group(1).toLowerCase() : "";
            if (tags.group(1).equalsIgnoreCase("script") || relation.contains("stylesheet")
                    || relation.contains("modulepreload") || relation.equals("preload")) {
                queue.add(pageUri.resolve(src.group(1)).toString());
            }
        }
        List<String> fetched = new ArrayList<>();
        Set<String> encodings = new TreeSet<>();
        Set<String> caching = new TreeSet<>();
        List<String> lazy = new ArrayList<>();
        List<String> pending = new ArrayList<>(queue);
        for (int i = 0; i < pending.size(); i++) {
            String url = pending.get(i);
            ConsoleUser.Answer asset = user.get(url, true);
            if (asset.status() != 200) {
                throw new IOException(path + " references " + url + ", which answered " + asset.status());
            }
            byte[] body = decoded(asset);
            fetched.add(URI.create(url).getPath());
            encodings.add(encoding(asset));
            caching.add(String.valueOf(asset.header("Cache-Control")));
            raw += body.length;
            gzip += gzip(body).length;
            wire += asset.body().length;
            String content = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            URI at = URI.create(url);
            Pattern imports = url.endsWith(".css") ? CSS_IMPORT : STATIC_IMPORT;
            Matcher m = imports.matcher(content);
            while (m.find()) {
                String next = at.resolve(m.group(1)).toString();
                if (!pending.contains(next)) {
                    pending.add(next);
                }
            }
            Matcher d = DYNAMIC_IMPORT.matcher(content);
            while (d.find()) {
                lazy.add(at.resolve(d.group(1)).getPath());
            }
        }
        boolean chartLoaded = fetched.stream().anyMatch(u -> u.substring(u.lastIndexOf('/') + 1).startsWith("chart"));
        boolean chartShown = text.contains("class=\"chart\"");
        return new Weight(html.length, gzip(html).length, htmlEncoding, raw, gzip, wire, fetched, encodings, caching,
                lazy,
                chartLoaded, chartShown);
    }

    static String encoding(ConsoleUser.Answer answer) {
        String e = answer.header("Content-Encoding");
        return e == null ? "none" : e;
    }

    private static byte[] decoded(ConsoleUser.Answer answer) throws IOException {
        if (!"gzip".equalsIgnoreCase(answer.header("Content-Encoding"))) {
            return answer.body();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            return in.readAllBytes();
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
