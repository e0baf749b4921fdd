package coop.poruka.app.demo;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of the demo co-op: names, what members trade and why a clerk corrects an entry, in
 * the languages spoken at an Almaty office (Russian, Kazakh) and by a few members from abroad
 * (English, Swedish).
 */
final class DemoText {
    private DemoText() {}

    /** The language a member's name is written in; their memos are written in it too. */
    enum Lang {
        RU, KK, EN, SV;

        /** Four in ten Russian, four in ten Kazakh, one in ten English, one in ten Swedish. */
        static Lang pick(SplittableRandom rnd) {
            int r = rnd.nextInt(10);
            return r < 4 ? RU : r < 8 ? KK : r < 9 ? EN : SV;
        }
    }

    private static final String[] RU_MEN = {
        "Иван", "Алексей", "Сергей", "Дмитрий", "Андрей", "Пётр", "Фёдор", "Николай", "Михаил", "Юрий",
        "Владимир", "Артём", "Олег", "Виктор", "Семён"};
    private static final String[] RU_WOMEN = {
        "Ольга", "Наталья", "Елена", "Татьяна", "Алёна", "Светлана", "Ирина", "Людмила", "Мария", "Анна",
        "Галина", "Юлия", "Ксения", "Дарья", "Вера"};
    /** Male forms; the female form adds "а", except for the Ukrainian -ко names that do not change. */
    private static final String[] RU_SURNAMES = {
        "Иванов", "Петров", "Смирнов", "Кузнецов", "Соколов", "Попов", "Лебедев", "Козлов", "Новиков",
        "Морозов", "Волков", "Фёдоров", "Семёнов", "Ковалёв", "Егоров", "Никитин", "Зайцев", "Белов", "Орлов",
        "Киселёв", "Шевченко", "Ткаченко"};

    private static final String[] KK_MEN = {
        "Қайрат", "Нұрлан", "Ғалым", "Әсет", "Өмірзақ", "Ерлан", "Бауыржан", "Серік", "Дәурен", "Жаһанша",
        "Ілияс", "Ұлан", "Мұрат", "Талғат", "Ерболат", "Айдос", "Ізбасар", "Ғабит"};
    private static final String[] KK_WOMEN = {
        "Әлия", "Айгерім", "Гүлнар", "Ұлжан", "Зуһра", "Іңкәр", "Меруерт", "Динара", "Ақбота", "Жанар",
        "Салтанат", "Үміт", "Баян", "Жаңыл", "Гүлмира", "Назерке", "Өркен"};
    private static final String[] KK_SURNAMES = {
        "Қасымов", "Нұрғалиев", "Сүлейменов", "Әбдірахманов", "Жұмабаев", "Өтебаев", "Серікбаев", "Оспанов",
        "Тоқтаров", "Бекмұхамбетов", "Ыдырысов", "Мұқанов", "Дүйсенов", "Теңізбаев", "Үсенов", "Ғабдуллин",
        "Ахметов", "Байжанов", "Шаһмарданов"};

    private static final String[] EN_MEN = {"James", "Michael", "David", "Thomas", "Daniel", "Patrick", "Owen"};
    private static final String[] EN_WOMEN = {"Sarah", "Emily", "Olivia", "Grace", "Hannah", "Chloe", "Ruth"};
    private static final String[] EN_SURNAMES = {
        "Mitchell", "O'Brien", "Thompson", "Hughes", "Walker", "Bennett", "Clarke", "Murphy", "Evans", "Harris"};

    private static final String[] SV_MEN = {"Björn", "Göran", "Håkan", "Sölve", "Lars", "Örjan", "André"};
    private static final String[] SV_WOMEN = {"Åsa", "Märta", "Linnéa", "Ingrid", "Maja", "Karin", "Göta"};
    private static final String[] SV_SURNAMES = {
        "Lindqvist", "Söderström", "Öberg", "Åkesson", "Ström", "Bäckman", "Hägglund", "Sjöberg", "Nordström",
        "Ekström"};

    static String name(Lang lang, boolean woman, SplittableRandom rnd) {
        return switch (lang) {
            case RU -> pick(woman ? RU_WOMEN : RU_MEN, rnd) + " " + russianSurname(pick(RU_SURNAMES, rnd), woman);
            case KK -> pick(woman ? KK_WOMEN : KK_MEN, rnd) + " " + kazakhSurname(woman, rnd);
            case EN -> pick(woman ? EN_WOMEN : EN_MEN, rnd) + " " + pick(EN_SURNAMES, rnd);
            case SV -> pick(woman ? SV_WOMEN : SV_MEN, rnd) + " " + pick(SV_SURNAMES, rnd);
        };
    }

    private static String russianSurname(String male, boolean woman) {
        return woman && !male.endsWith("ко") ? male + "а" : male;
    }

    /** Mostly a Russian-style surname; some people use their father's name with -ұлы (son) or -қызы (daughter). */
    private static String kazakhSurname(boolean woman, SplittableRandom rnd) {
        if (rnd.nextInt(5) == 0) {
            return pick(KK_MEN, rnd) + (woman ? "қызы" : "ұлы");
        }
        return russianSurname(pick(KK_SURNAMES, rnd), woman);
    }

    /** A phone number in the member's country, or an e-mail address for some of those from abroad. */
    static String contact(Lang lang, SplittableRandom rnd) {
        return switch (lang) {
            case RU, KK -> String.format(Locale.ROOT, "+7 70%d %03d %02d %02d", rnd.nextInt(10), rnd.nextInt(1000),
                    rnd.nextInt(100), rnd.nextInt(100));
            case EN -> rnd.nextBoolean() ? String.format(Locale.ROOT, "+44 7700 %06d", rnd.nextInt(1_000_000))
                    : "member" + rnd.nextInt(1000) + "@example.org";
            case SV -> String.format(Locale.ROOT, "+46 70 %03d %02d %02d", rnd.nextInt(1000), rnd.nextInt(100), rnd.nextInt(100));
        };
    }

    /**
     * Something members supply: what the clerk writes in each language, and what it is usually
     * worth in whole units of account.
     */
    record Item(int weight, int minUnits, int maxUnits, String ru, String kk, String en, String sv) {
        String memo(Lang lang) {
            return switch (lang) {
                case RU -> ru;
                case KK -> kk;
                case EN -> en;
                case SV -> sv;
            };
        }
    }

    static final Item[] ITEMS = {
        new Item(8, 15, 45, "мука, два мешка", "ұн, екі қап", "two sacks of flour", "två säckar mjöl"),
        new Item(2, 120, 600, "ремонт крыши", "шатырды жөндеу", "roof repair", "takreparation"),
        new Item(6, 25, 120, "пошив платья", "көйлек тігу", "sewing a dress", "sydde en klänning"),
        new Item(8, 8, 30, "подвёз до города", "қалаға апарып салды", "lift to the city", "skjuts till stan"),
        new Item(6, 15, 50, "репетитор по математике, 2 часа", "математикадан сабақ, 2 сағат",
                "maths tutoring, 2 hours", "läxhjälp i matte, 2 timmar"),
        new Item(6, 10, 40, "мёд, 3 литра", "бал, 3 литр", "3 litres of honey", "honung, 3 liter"),
        new Item(5, 8, 25, "яблоки апорт, ящик", "апорт алмасы, бір жәшік", "a crate of apples", "en låda äpplen"),
        new Item(4, 15, 60, "починил кран", "су құбырын жөндеді", "fixed a leaking tap", "lagade kranen"),
        new Item(5, 10, 35, "присмотр за детьми", "бала қарады", "babysitting, one evening", "barnvakt en kväll"),
        new Item(5, 5, 15, "стрижка", "шаш қию", "haircut", "klippning"),
        new Item(4, 8, 30, "кумыс, 5 литров", "қымыз, 5 литр", "5 litres of kumis", "kumys, 5 liter"),
        new Item(4, 10, 40, "баурсаки к тою", "тойға бауырсақ", "baursak for a wedding", "bakverk till bröllopet"),
        new Item(2, 40, 200, "сделал полки", "сөре жасады", "built shelves", "snickrade hyllor"),
        new Item(3, 20, 80, "настройка компьютера", "компьютерді баптау", "set up a laptop", "fixade datorn"),
        new Item(3, 20, 70, "вскопал огород", "бақша қазды", "dug the vegetable garden", "grävde trädgårdslandet"),
        new Item(2, 20, 90, "перевод документов", "құжаттарды аудару", "translated documents", "översatte dokument"),
        new Item(2, 60, 250, "дрова, машина", "отын, бір машина", "a load of firewood", "ett lass ved"),
        new Item(3, 25, 70, "баранина, 5 кг", "қой еті, 5 кг", "5 kg of mutton", "lammkött, 5 kg"),
        new Item(3, 15, 40, "урок английского", "ағылшын тілі сабағы", "English lesson", "engelsklektion"),
        new Item(2, 30, 90, "связала свитер", "жемпір тоқыды", "knitted a sweater", "stickade en tröja"),
        new Item(3, 10, 45, "уборка квартиры", "пәтер жинау", "cleaned the flat", "städade lägenheten"),
    };

    private static final int[] ITEM_BY_WEIGHT = weighted();

    private static int[] weighted() {
        int total = 0;
        for (Item item : ITEMS) {
            total += item.weight();
        }
        int[] index = new int[total];
        int at = 0;
        for (int i = 0; i < ITEMS.length; i++) {
            for (int w = 0; w < ITEMS[i].weight(); w++) {
                index[at++] = i;
            }
        }
        return index;
    }

    /** Everyday things more often than roof repairs and firewood. */
    static Item item(SplittableRandom rnd) {
        return ITEMS[ITEM_BY_WEIGHT[rnd.nextInt(ITEM_BY_WEIGHT.length)]];
    }

    private static final String[][] REASONS = {
        {"Запись сделана дважды", "Перепутали участника, внесём заново", "Неверная сумма, внесём заново"},
        {"Екі рет жазылып кетті", "Мүше қате көрсетілді", "Сома қате енгізілді, қайта жазамыз"},
        {"Entered twice by mistake", "Wrong member: it was her neighbour who received it",
            "Wrong amount; to be recorded again"},
        {"Registrerades två gånger av misstag", "Fel medlem", "Fel belopp; registreras på nytt"},
    };

    static String reason(Lang lang, SplittableRandom rnd) {
        return pick(REASONS[lang.ordinal()], rnd);
    }

    static String pick(String[] words, SplittableRandom rnd) {
        return words[rnd.nextInt(words.length)];
    }
}
