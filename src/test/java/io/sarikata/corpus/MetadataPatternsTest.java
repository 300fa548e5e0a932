package io.sarikata.corpus;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One test per shape of dateline, written date and title, on sentences written for these tests. */
class MetadataPatternsTest {

    @Test
    void datelineOfAnOutletAlone() {
        Dateline d = Dateline.find("Kabarkota.com - Hujan deras turun sejak pagi.");
        assertEquals(new Dateline(null, "Kabarkota.com", "Kabarkota.com - ".length()), d);
        assertEquals("KabarJawaBarat.id", Dateline.find("KabarJawaBarat.id - Warga berkumpul.").outlet());
    }

    @Test
    void datelineOfAPlaceAlone() {
        assertEquals(new Dateline("Jakarta", null, "Jakarta - ".length()), Dateline.find("Jakarta - Harga beras naik."));
        assertEquals("Tanjung Pinang", Dateline.find("Tanjung Pinang \u2013 Kapal berlabuh.").place());
    }

    @Test
    void datelineOfAPlaceAndAnOutlet() {
        Dateline d = Dateline.find("BANDUNG, Kabarkota.com - Jalan ditutup.");
        assertEquals("BANDUNG", d.place());
        assertEquals("Kabarkota.com", d.outlet());
    }

    @Test
    void datelineOfAPlaceAndAnAgencyInBrackets() {
        Dateline d = Dateline.find("Surabaya (KANTORBERITA) - Pasar dibuka kembali.");
        assertEquals("Surabaya", d.place());
        assertEquals("KANTORBERITA", d.outlet());
    }

    @Test
    void sentencesWithADashAreNotDatelines() {
        assertNull(Dateline.find("Harga beras naik - kata pedagang - sejak pekan lalu."));
        assertNull(Dateline.find("Baca Juga: Jalan Rusak - Warga Protes"));
        assertNull(Dateline.find("Jakarta -"));
    }

    @Test
    void weekdayAndBracketedDayMonthYear() {
        assertEquals(List.of(LocalDate.of(2021, 8, 16)), dates("pada Senin (16/8/2021) sore"));
        assertEquals(List.of(LocalDate.of(2026, 11, 3)), dates("sejak Selasa (3/11/26) pagi"));
    }

    @Test
    void bracketedDateWithoutAYearIsLeftOut() {
        assertEquals(List.of(), dates("pada Rabu (20/10) lalu"));
    }

    @Test
    void numericDayMonthYear() {
        assertEquals(List.of(LocalDate.of(2021, 8, 16), LocalDate.of(2022, 1, 5)),
                dates("Diperbarui 16/08/2021 dan lagi 05-01-2022."));
        assertEquals(List.of(), dates("nomor 12/3/2021/45 dan 31/02/2021"));
    }

    @Test
    void isoDate() {
        assertEquals(List.of(LocalDate.of(2024, 3, 9)), dates("Terbit 2024-03-09 pukul 10.00"));
    }

    @Test
    void dayMonthNameYear() {
        assertEquals(List.of(LocalDate.of(2021, 8, 17), LocalDate.of(2020, 2, 1), LocalDate.of(2019, 8, 31)),
                dates("Upacara 17 Agustus 2021, lalu 1 Feb 2020, dan 31 Ogos 2019."));
        assertEquals(List.of(LocalDate.of(2023, 12, 25)), dates("on 25 December 2023 at noon"));
    }

    @Test
    void monthNameDayCommaYear() {
        assertEquals(List.of(LocalDate.of(2022, 8, 16)), dates("Published August 16, 2022 by staff"));
    }

    @Test
    void datesComeInTheOrderWritten() {
        assertEquals(List.of(LocalDate.of(2021, 1, 2), LocalDate.of(2020, 3, 4)),
                dates("Kamis (2/1/2021) dan 4 Maret 2020"));
    }

    @Test
    void titleIsAHeadlineRightBeforeTheDateline() {
        List<String> blocks = List.of("Beranda | Berita | Olahraga", "Warga Gotong Royong Bersihkan Sungai Usai Banjir",
                "Kabarkota.com - Ratusan warga turun ke sungai.", "Mereka membawa cangkul.");
        assertEquals("Warga Gotong Royong Bersihkan Sungai Usai Banjir", PageTitle.of(blocks, new int[4]));
    }

    @Test
    void aSentenceOrALabelBeforeTheDatelineIsNoTitle() {
        assertNull(PageTitle.of(List.of("Ini adalah kalimat biasa yang berakhir dengan titik.", "Jakarta - Teks."), new int[2]));
        assertNull(PageTitle.of(List.of("Baca Juga: Sungai Meluap Lagi", "Jakarta - Teks berita."), new int[2]));
        assertNull(PageTitle.of(List.of("Jakarta - Teks berita pertama.", "Kalimat kedua."), new int[2]));
    }

    @Test
    void titleIsTheFirstHtmlHeadingOne() {
        assertEquals("Jembatan Baru Diresmikan", PageTitle.of(List.of("Menu", "Jembatan Baru Diresmikan", "Teks."),
                new int[] {0, 1, 0}));
    }

    private static List<LocalDate> dates(String text) {
        return WrittenDates.in(text).stream().map(WrittenDates.Found::date).toList();
    }
}
