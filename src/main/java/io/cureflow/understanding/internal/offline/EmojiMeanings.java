package io.cureflow.understanding.internal.offline;

import java.util.HashMap;
import java.util.Map;

/** What the emojis borrowers send mean, as words; skull and tears of laughter are laughing, not grief. */
final class EmojiMeanings {

    private static final Map<Integer, String> MEANINGS = new HashMap<>();

    static {
        put("sad", "😢", "😭", "☹", "🙁", "😞", "😔", "😟", "😥", "😿", "💔", "😩", "😫", "🥺");
        put("please", "🙏");
        put("angry", "😡", "🤬", "😠", "👿", "💢");
        put("okay", "👍", "👌", "✅", "🆗");
        put("thanks", "❤", "💙", "💜", "💚", "🧡", "💛", "🤍", "😊", "🙂", "😀", "😃", "🥰");
        put("laughing", "😂", "🤣", "💀", "😆", "😅", "😹");
        put("sick", "🤒", "🤕", "😷", "🤢", "🤮");
        put("hospital", "🏥", "🚑");
        put("money", "💸", "💵", "💰", "💲", "🤑");
        put("call", "📞", "☎", "📱");
        put("stop", "🛑", "✋", "⛔", "🚫");
        put("worried", "😰", "😨", "😬", "😳");
        put("calendar", "📅", "🗓");
    }

    private EmojiMeanings() {
    }

    private static void put(String meaning, String... emojis) {
        for (String emoji : emojis) {
            MEANINGS.put(emoji.codePointAt(0), meaning);
        }
    }

    /** The word an emoji stands for, or null when it is not one CureFlow reads. */
    static String meaning(int codePoint) {
        return MEANINGS.get(codePoint);
    }
}
