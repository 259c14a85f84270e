"""Benchmark corpora, written at run time into a folder the caller owns (never committed).

- ``variants``: the real articles of ``../shared/corpus`` (seeds and dev), each copy renamed and lightly varied so
  that its document id differs: sentences shuffled within each paragraph, dates and numbers swapped.
- ``generate``: our own generated articles where the real ones are absent, shaped like real news (a headline, a
  dateline, four to six paragraphs of about 1.8 kB in all, a list of participants, a related-news block).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

AGENCIES_VI = ["Hải quan Việt Nam", "Hải quan Lào", "Hải quan Campuchia", "Hải quan Thái Lan", "Hải quan Trung Quốc",
               "Hải quan Hàn Quốc", "Cục Điều tra chống buôn lậu", "Bộ đội Biên phòng", "UNODC", "RILO AP", "INTERPOL"]
AGENCIES_EN = ["Vietnam Customs", "Lao Customs", "Thai Customs", "Korea Customs Service", "Japan Customs", "UNODC",
               "INTERPOL", "the World Customs Organization", "Australian Border Force", "Singapore Customs"]
CAMPAIGNS = [("Con Rồng Mê Kông", "Mekong Dragon"), ("Twin Guardian", "Twin Guardian"), ("DEMETER", "DEMETER"),
             ("Pangea", "Pangea"), ("Thunderball", "Thunderball"), ("Sea Shield", "Sea Shield")]
CITIES_VI, CITIES_EN = ["Hà Nội", "Đà Nẵng", "Bangkok", "Viêng Chăn", "Phnôm Pênh"], ["Hanoi", "Bangkok", "Manila", "Seoul"]
GOODS_VI = ["ma túy tổng hợp", "tiền chất", "ngà voi", "sừng tê giác", "gỗ quý", "thuốc lá điếu", "vảy tê tê"]
GOODS_EN = ["methamphetamine", "heroin", "precursor chemicals", "ivory", "rhino horn", "pangolin scales", "timber"]
FILLER_VI = ["Các bên thống nhất tăng cường trao đổi thông tin về các tuyến vận chuyển {g} qua biên giới.",
             "Theo báo cáo, lực lượng chức năng đã phát hiện {n} vụ việc, thu giữ {k} kg {g}.",
             "Đại diện các đơn vị đã chia sẻ kinh nghiệm trong công tác phân tích rủi ro và kiểm soát hàng hóa.",
             "Hội nghị cũng đề xuất nhiều giải pháp nâng cao hiệu quả phối hợp giữa các lực lượng thực thi pháp luật.",
             "Trong thời gian tới, các bên sẽ tiếp tục duy trì đường dây nóng và tổ chức các đợt kiểm tra chung."]
FILLER_EN = ["The partners agreed to step up the exchange of intelligence on {g} trafficking routes.",
             "Officers reported {n} cases and the seizure of {k} kg of {g} during the period.",
             "Delegates shared their experience of risk profiling, targeting and controlled deliveries.",
             "The meeting also discussed training needs and the use of the secure messaging network.",
             "Both sides will keep their hotlines open and plan joint inspections at the busiest crossings."]
NOISE_VI = "\nTin liên quan\n\nGiá vàng hôm nay tăng mạnh\nThời tiết miền Bắc chuyển lạnh\nLịch nghỉ Tết năm nay\n"
NOISE_EN = "\nRelated news\n\nGold prices rise again\nWeather turns cold in the north\n"


def real_articles(shared: Path) -> list[Path]:
    """The real articles beside the project (seeds, then dev), or [] where ``../shared`` is absent."""
    corpus = shared / "corpus"
    return sorted((corpus / "seeds").glob("*.txt")) + sorted((corpus / "dev" / "docs").glob("*.txt"))


_NUMBER = re.compile(r"(?<!\w)\d{1,4}(?!\d)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def _number(rng: random.Random, raw: str) -> str:
    """Another number of the same kind: a year stays a recent year, a day or month stays a valid day and month."""
    value = int(raw)
    if 1990 <= value <= 2030:
        return str(rng.randint(2012, 2026))
    if len(raw) <= 2:
        return str(rng.randint(1, 12)).zfill(len(raw))
    return str(rng.randint(10 ** (len(raw) - 1), 10 ** len(raw) - 1))


def vary(text: str, rng: random.Random) -> str:
    """The article with the sentences of each paragraph (after the headline) shuffled and its numbers swapped."""
    lines = text.split("\n")
    body = []
    for line in lines[1:]:
        sentences = _SENTENCE_END.split(line)
        rng.shuffle(sentences)
        body.append(" ".join(sentences))
    varied = "\n".join(lines[:1] + body)
    return _NUMBER.sub(lambda m: _number(rng, m.group(0)), varied)


def _tag(index: int) -> str:
    """The index in letters (digits would read as numbers or years)."""
    letters = ""
    while True:
        index, rest = divmod(index, 26)
        letters = chr(97 + rest) + letters
        if not index:
            return letters


def variants(sources: list[Path], folder: Path, count: int, seed: int = 11) -> list[Path]:
    """``count`` files: the sources in turn, each copy varied (the first round too) so that no two share an id."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sources]
    seen: set[str] = set()
    paths = []
    for index in range(count):
        original = texts[index % len(texts)]
        varied = vary(original, rng)
        for _ in range(5):  # an article of few sentences and numbers has few variants: then it is tagged
            if varied not in seen:
                break
            varied = vary(original, rng)
        if varied in seen:
            varied += f"\n\n(ref {_tag(index)})"
        seen.add(varied)
        path = folder / f"{index:05d}-{sources[index % len(sources)].stem[:24]}.txt"
        path.write_text(varied, encoding="utf-8")
        paths.append(path)
    return paths


def _paragraphs(rng: random.Random, filler: list[str], goods: list[str]) -> str:
    out = []
    for _ in range(rng.randint(2, 3)):
        picked = rng.sample(filler, 3)
        out.append(" ".join(s.format(g=rng.choice(goods), n=rng.randint(3, 90), k=rng.randint(5, 900)) for s in picked))
    return "\n\n".join(out)


def _vi(rng: random.Random) -> str:
    a, b, c, d = rng.sample(AGENCIES_VI, 4)
    campaign, phase, city = rng.choice(CAMPAIGNS)[0], rng.randint(2, 9), rng.choice(CITIES_VI)
    day, month, year = rng.randint(1, 20), rng.randint(1, 12), rng.randint(2019, 2025)
    return (f"{a} tham gia Chiến dịch {campaign} giai đoạn {phase}\n\n{day:02d}/{month:02d}/{year} 10:{day + 20}\n\n"
            f"Từ ngày {day}-{day + 3}/{month}/{year}, tại {city}, {a} tham dự Hội nghị sơ kết Chiến dịch {campaign} "
            f"giai đoạn {phase} với sự tham gia của {b} và {c}. Chiến dịch do {a} và {b} đồng sáng kiến, dưới sự hỗ "
            f"trợ kỹ thuật của {d}.\n\n{_paragraphs(rng, FILLER_VI, GOODS_VI)}\n\nThành phần tham dự gồm:\n"
            f"- {a};\n- {b};\n- {c}.\n\nCục trưởng Cục Điều tra chống buôn lậu Nguyễn Văn "
            f"{rng.choice(['An', 'Bình', 'Cường'])} phát biểu bế mạc hội nghị.\n" + NOISE_VI)


def _en(rng: random.Random) -> str:
    a, b, c, d = rng.sample(AGENCIES_EN, 4)
    campaign, phase, city = rng.choice(CAMPAIGNS)[1], rng.randint(2, 9), rng.choice(CITIES_EN)
    day, year = rng.randint(1, 20), rng.randint(2019, 2025)
    return (f"{a} joins Operation {campaign} phase {phase}\n\n{city}, {day} March {year} – {a} took part in "
            f"Operation {campaign} phase {phase}, which was coordinated by {b} with the support of {c}.\n\n"
            f"{_paragraphs(rng, FILLER_EN, GOODS_EN)}\n\nThe review meeting of the operation was held in {city} from "
            f"{day} to {day + 2} March {year} and was attended by:\n- {b};\n- {c};\n- {d}.\n" + NOISE_EN)


def generate(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` articles, two Vietnamese for every English one; the same seed gives the same files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        english = index % 3 == 2
        path = folder / f"{index:05d}-{'en' if english else 'vi'}.txt"
        path.write_text(_en(rng) if english else _vi(rng), encoding="utf-8")
        paths.append(path)
    return paths


def realistic(shared: Path, folder: Path, count: int) -> tuple[list[Path], str]:
    """Variants of the real articles when ``shared`` holds them, else generated ones; and which it was."""
    sources = real_articles(shared)
    if sources:
        return variants(sources, folder, count), f"variants of {len(sources)} real articles"
    return generate(folder, count), "generated articles (no ../shared corpus)"
