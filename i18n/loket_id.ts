<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start the survey</source>
        <translation>Sentuh layar untuk memulai survei</translation>
    </message>
    <message>
        <source>Public service counter</source>
        <translation>Loket pelayanan publik</translation>
    </message>
    <message>
        <source>How was our service today? Your answers are anonymous and take about a minute.</source>
        <translation>Bagaimana pelayanan kami hari ini? Jawaban Anda anonim dan hanya perlu sekitar satu menit.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Sentuh layar untuk mulai</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before you start</source>
        <translation>Sebelum mulai</translation>
    </message>
    <message>
        <source>This survey is anonymous. We do not ask your name, phone number or address.</source>
        <translation>Survei ini anonim. Kami tidak menanyakan nama, nomor telepon, atau alamat Anda.</translation>
    </message>
    <message>
        <source>Your answers are locked on this tablet as soon as you finish, so nobody here can read them.</source>
        <translation>Jawaban Anda dikunci di tablet ini begitu Anda selesai, sehingga tidak ada orang di sini yang dapat membacanya.</translation>
    </message>
    <message>
        <source>They are sent only to the survey team of %1, who use them to measure and improve the integrity and quality of this service.</source>
        <translation>Jawaban hanya dikirim kepada tim survei %1, untuk mengukur dan meningkatkan integritas serta mutu layanan ini.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>kantor ini</translation>
    </message>
    <message>
        <source>Taking part is voluntary. You can stop at any time; unfinished answers are not used for the results.</source>
        <translation>Keikutsertaan bersifat sukarela. Anda dapat berhenti kapan saja; jawaban yang belum selesai tidak dipakai untuk hasil survei.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Tidak, terima kasih</translation>
    </message>
    <message>
        <source>I agree, start</source>
        <translation>Saya setuju, mulai</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Larger text</source>
        <translation>Huruf lebih besar</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Masih di sana?</translation>
    </message>
    <message numerus="yes">
        <source>The survey will close in %n second(s).</source>
        <translation>
            <numerusform>Survei akan ditutup dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ya, lanjutkan</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>This tablet's storage cannot be opened, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>Penyimpanan tablet ini tidak dapat dibuka, jadi survei dihentikan sementara. Mohon beri tahu petugas loket.</translation>
    </message>
    <message>
        <source>The survey is not set up on this tablet yet. Please tell the staff at the counter.</source>
        <translation>Survei belum disiapkan di tablet ini. Mohon beri tahu petugas loket.</translation>
    </message>
    <message>
        <source>This tablet's storage is full, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>Penyimpanan tablet ini penuh, jadi survei dihentikan sementara. Mohon beri tahu petugas loket.</translation>
    </message>
    <message>
        <source>This tablet cannot save answers right now, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>Tablet ini sedang tidak dapat menyimpan jawaban, jadi survei dihentikan sementara. Mohon beri tahu petugas loket.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling sedikit %n jawaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling banyak %n jawaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>"Don't know" cannot be chosen together with other answers.</source>
        <translation>"Tidak tahu" tidak dapat dipilih bersama jawaban lain.</translation>
    </message>
    <message>
        <source>The smallest number allowed is %1.</source>
        <translation>Angka terkecil yang diperbolehkan adalah %1.</translation>
    </message>
    <message>
        <source>The largest number allowed is %1.</source>
        <translation>Angka terbesar yang diperbolehkan adalah %1.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Mohon isi bilangan bulat.</translation>
    </message>
    <message numerus="yes">
        <source>Please write at most %n characters.</source>
        <translation>
            <numerusform>Mohon tulis paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a date that exists and is allowed here.</source>
        <translation>Mohon pilih tanggal yang benar dan diperbolehkan di sini.</translation>
    </message>
    <message>
        <source>This answer is not possible here. Please check it.</source>
        <translation>Jawaban ini tidak mungkin di sini. Mohon periksa kembali.</translation>
    </message>
    <message>
        <source>This answer cannot be taken. Please choose another.</source>
        <translation>Jawaban ini tidak dapat diterima. Mohon pilih jawaban lain.</translation>
    </message>
    <message>
        <source>The earliest date allowed is %1.</source>
        <translation>Tanggal paling awal yang diperbolehkan adalah %1.</translation>
    </message>
    <message>
        <source>The latest date allowed is %1.</source>
        <translation>Tanggal paling akhir yang diperbolehkan adalah %1.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Pilih bahasa Anda</translation>
    </message>
</context>
<context>
    <name>LoadErrors</name>
    <message>
        <source>This questionnaire cannot be used</source>
        <translation>Kuesioner ini tidak dapat dipakai</translation>
    </message>
    <message>
        <source>%1 was refused. Fix the problems listed below and load the file again.</source>
        <translation>%1 ditolak. Perbaiki masalah di bawah ini lalu muat berkas itu lagi.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
</context>
<context>
    <name>MultipleAnswer</name>
    <message>
        <source>Choose %1 to %2 answers.</source>
        <translation>Pilih %1 sampai %2 jawaban.</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n answer(s).</source>
        <translation>
            <numerusform>Pilih sampai %n jawaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling sedikit %n jawaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Pilih semua yang sesuai.</translation>
    </message>
</context>
<context>
    <name>NumberAnswer</name>
    <message>
        <source>Between %1 and %2.</source>
        <translation>Antara %1 dan %2.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Paling sedikit %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Paling banyak %1.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN supervisor</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Choose a questionnaire</source>
        <translation>Pilih kuesioner</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Language %1</source>
        <translation>Bahasa %1</translation>
    </message>
    <message>
        <source>%1 version %2 · %3 sections · %4 questions</source>
        <translation>%1 versi %2 · %3 bagian · %4 pertanyaan</translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Indeks: %1</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>calculated</source>
        <translation>dihitung</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pertanyaan %1 dari %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Which service did you receive today?</source>
        <translation>Layanan apa yang Anda terima hari ini?</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kios</translation>
    </message>
    <message>
        <source>Field mode</source>
        <translation>Mode lapangan</translation>
    </message>
</context>
<context>
    <name>SupervisorCorner</name>
    <message>
        <source>Supervisor access (hold for three seconds)</source>
        <translation>Akses supervisor (tahan tiga detik)</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Keluar dari mode kios</translation>
    </message>
    <message>
        <source>Lock and return to the survey</source>
        <translation>Kunci dan kembali ke survei</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Ditinggalkan</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Percobaan terakhir: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 dari %2 terkirim</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Kirim sekarang</translation>
    </message>
    <message>
        <source>Rejected by the collector</source>
        <translation>Ditolak oleh server pengumpul</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Kuesioner: %1</translation>
    </message>
    <message>
        <source>Folder for the USB bundle</source>
        <translation>Folder untuk berkas USB</translation>
    </message>
    <message>
        <source>Write sealed bundle</source>
        <translation>Tulis berkas tersegel</translation>
    </message>
    <message>
        <source>Sample targets</source>
        <translation>Target sampel</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 to go)</source>
        <translation>%1: %2 dari %3 (kurang %4)</translation>
    </message>
    <message>
        <source>%1: not enough answers yet</source>
        <translation>%1: jawaban belum cukup</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Type your answer here</source>
        <translation>Ketik jawaban Anda di sini</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 dari %2 karakter</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
    <message>
        <source>Your answers are saved and locked. They help make this service better and cleaner.</source>
        <translation>Jawaban Anda sudah disimpan dan dikunci. Jawaban ini membantu layanan ini menjadi lebih baik dan lebih bersih.</translation>
    </message>
</context>
<context>
    <name>loket::DeviceController</name>
    <message>
        <source>Storage unavailable: %1</source>
        <translation>Penyimpanan tidak tersedia: %1</translation>
    </message>
    <message>
        <source>Storage full: new respondents cannot start until space is freed</source>
        <translation>Penyimpanan penuh: responden baru tidak dapat mulai sampai ada ruang kosong</translation>
    </message>
    <message>
        <source>Storage damaged: call the supervisor</source>
        <translation>Penyimpanan rusak: hubungi supervisor</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 · Sent: %2</source>
        <translation>Menunggu dikirim: %1 · Terkirim: %2</translation>
    </message>
    <message>
        <source>Unfinished responses closed after a restart: %1</source>
        <translation>Jawaban belum selesai yang ditutup setelah mulai ulang: %1</translation>
    </message>
    <message>
        <source>a damaged database was set aside</source>
        <translation>basis data yang rusak telah disisihkan</translation>
    </message>
</context>
<context>
    <name>loket::KioskController</name>
    <message>
        <source>The questionnaire on this tablet could not be read, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>Kuesioner di tablet ini tidak dapat dibaca, jadi survei dihentikan sementara. Mohon beri tahu petugas loket.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling banyak %n jawaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Mohon isi angka.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling sedikit %n jawaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please answer this question to go on.</source>
        <translation>Mohon jawab pertanyaan ini untuk melanjutkan.</translation>
    </message>
    <message>
        <source>No supervisor PIN is set on this tablet.</source>
        <translation>Belum ada PIN supervisor di tablet ini.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more attempt(s) before a lockout.</source>
        <translation>
            <numerusform>PIN salah. Masih %n kali percobaan sebelum dikunci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again at %1.</source>
        <translation>Terlalu banyak PIN salah. Coba lagi pukul %1.</translation>
    </message>
</context>
<context>
    <name>loket::QuestionListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>paling banyak %1 karakter</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Shown if: %1</source>
        <translation>Tampil jika: %1</translation>
    </message>
    <message>
        <source>Valid if: %1</source>
        <translation>Sah jika: %1</translation>
    </message>
    <message>
        <source>Calculated as: %1</source>
        <translation>Dihitung sebagai: %1</translation>
    </message>
</context>
<context>
    <name>loket::SupervisorController</name>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Semua sudah terkirim</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Waiting to try again at %1</source>
        <translation>Menunggu untuk mencoba lagi pukul %1</translation>
    </message>
    <message>
        <source>Not enrolled with a collector</source>
        <translation>Belum terdaftar pada server pengumpul</translation>
    </message>
    <message>
        <source>The collector refused this device: enroll it again</source>
        <translation>Server pengumpul menolak perangkat ini: daftarkan ulang</translation>
    </message>
    <message>
        <source>Storage error: nothing is sent until it is fixed</source>
        <translation>Kesalahan penyimpanan: tidak ada yang dikirim sampai diperbaiki</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versi %2</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>tidak ada yang dimuat</translation>
    </message>
    <message>
        <source>Health: %1 · free space: %2 MB · database: %3 MB</source>
        <translation>Kondisi: %1 · ruang kosong: %2 MB · basis data: %3 MB</translation>
    </message>
    <message>
        <source>a damaged database was set aside</source>
        <translation>basis data yang rusak telah disisihkan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Queued again; it is sent with the next sync.</source>
        <translation>Dimasukkan lagi ke antrean; akan dikirim pada pengiriman berikutnya.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Tidak ada yang ditulis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed response(s) written to %1. Import it at the collector; they stay queued here until the collector confirms them.</source>
        <translation>
            <numerusform>%n jawaban tersegel ditulis ke %1. Impor di server pengumpul; jawaban tetap dalam antrean di sini sampai server pengumpul mengonfirmasinya.</numerusform>
        </translation>
    </message>
</context>
</TS>