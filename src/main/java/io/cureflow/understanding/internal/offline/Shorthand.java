package io.cureflow.understanding.internal.offline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** How borrowers abbreviate in texts, in both languages, spelled out so rules and model see one form. */
final class Shorthand {

    private static final Map<String, String> WORDS = new HashMap<>();

    /** "ill pay friday" is "i will pay friday"; "ill" alone stays sick. */
    private static final Set<String> AFTER_ILL = Set.of("pay", "call", "send", "make", "have", "be", "do", "try",
            "get", "take", "give", "text", "email", "see", "need", "put", "mail", "start", "set", "drop", "talk",
            "contact", "reach", "sign", "look", "wait", "go", "just", "definitely", "def", "probably");

    static {
        put("you", "u", "yu");
        put("your", "ur", "yr");
        put("are", "r");
        put("please", "pls", "plz", "plss", "plzz", "pleas", "pleaze", "plis", "pleasee");
        put("because", "bc", "b/c", "bcuz", "bcz", "bcs", "cuz", "coz", "cus", "cause", "becuase", "becasue");
        put("right now", "rn");
        put("thanks", "thx", "thnx", "tnx", "ty", "thanx");
        put("i do not know", "idk");
        put("message", "msg");
        put("messages", "msgs");
        put("text", "txt");
        put("texts", "txts");
        put("texting", "txting");
        put("tomorrow", "tmrw", "tmr", "tmrrw", "tomoro", "tomorow", "tommorow", "tommorrow", "2morrow", "2moro",
                "2mrw");
        put("today", "2day", "tday");
        put("tonight", "2nite", "tonite");
        put("before", "b4");
        put("people", "ppl");
        put("hours", "hrs", "hrz");
        put("going to", "gonna");
        put("want to", "wanna");
        put("got to", "gotta");
        put("let me", "lemme");
        put("do not", "dont", "don't", "dnt");
        put("can not", "cant", "can't", "cannot", "cnt");
        put("will not", "wont", "won't");
        put("did not", "didnt", "didn't", "didn", "ddnt");
        put("does not", "doesnt", "doesn't");
        put("is not", "isnt", "isn't");
        put("was not", "wasnt", "wasn't");
        put("are not", "arent", "aren't");
        put("have not", "havent", "haven't");
        put("has not", "hasnt", "hasn't");
        put("had not", "hadnt", "hadn't");
        put("am not", "aint", "ain't");
        put("could not", "couldnt", "couldn't");
        put("would not", "wouldnt", "wouldn't");
        put("should not", "shouldnt", "shouldn't");
        put("i am", "im", "i'm");
        put("i have", "ive", "i've");
        put("i will", "i'll");
        put("you are", "youre", "you're");
        put("that is", "thats", "that's");
        put("he is", "he's");
        put("she is", "shes", "she's");
        put("they are", "theyre", "they're");
        put("it is", "it's");
        put("attorney", "atty", "attny", "attorny", "atorney", "attourney");
        put("lawyer", "lawer", "lawyr", "laywer");
        put("bankruptcy", "bk", "bankrupcy", "bankruptsy", "bankrupty", "bankrupcty", "bancruptcy");
        put("chapter", "ch", "chap");
        put("account", "acct", "acc", "accnt");
        put("number", "num", "nmbr");
        put("okay", "ok", "k", "kk", "okk");
        put("laughing", "lol", "lmao", "lmfao", "rofl", "jaja", "jajaja", "jeje", "haha", "hahaha");
        put("porque", "xq", "pq", "porq", "xk", "porqe");
        put("que", "q", "ke", "qe");
        put("usted", "ud", "vd");
        put("ustedes", "uds");
        put("tambien", "tb", "tmb", "tambn");
        put("por", "x");
        put("mensaje", "msj", "mje", "mnsj");
        put("mensajes", "msjs", "mjes", "mensages");
        put("telefono", "tel", "tlf", "cel", "celular");
        put("manana", "mnn", "mñn", "mñna");
        put("para", "pa", "pra");
        put("por favor", "porfa", "xfa", "xfavor", "porfis", "plis", "porfavor");
        put("bien", "bn");
        put("donde", "dnd");
        put("quiero", "kiero", "qiero");
        put("aqui", "aki");
        put("tambien", "tmbn");
        put("estoy", "toy");
    }

    private Shorthand() {
    }

    private static void put(String meaning, String... spellings) {
        for (String spelling : spellings) {
            WORDS.putIfAbsent(spelling, meaning);
        }
    }

    /** The spelled-out form of one lower-case, accent-free word, or the word itself. */
    static String expand(String word, String next) {
        if (word.equals("ill") && next != null && AFTER_ILL.contains(next)) {
            return "i will";
        }
        return WORDS.getOrDefault(word, word);
    }
}
