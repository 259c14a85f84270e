"""A generated corpus of news-style articles in Vietnamese and English, for benchmarks (our own templates)."""

from __future__ import annotations

import random
from pathlib import Path

AGENCIES_VI = ["Hải quan Việt Nam", "Hải quan Lào", "Hải quan Campuchia", "Hải quan Thái Lan", "Hải quan Trung Quốc",
               "Hải quan Hàn Quốc", "Cục Điều tra chống buôn lậu", "Bộ đội Biên phòng", "UNODC", "RILO AP", "INTERPOL"]
AGENCIES_EN = ["Vietnam Customs", "Lao Customs", "Thai Customs", "Korea Customs Service", "Japan Customs", "UNODC",
               "INTERPOL", "the World Customs Organization", "Australian Border Force", "Singapore Customs"]
CAMPAIGNS = [("Con Rồng Mê Kông", "Mekong Dragon"), ("Twin Guardian", "Twin Guardian"), ("DEMETER", "DEMETER"),
             ("Pangea", "Pangea"), ("Thunderball", "Thunderball"), ("Sea Shield", "Sea Shield")]
CITIES_VI, CITIES_EN = ["Hà Nội", "Đà Nẵng", "Bangkok", "Viêng Chăn", "Phnôm Pênh"], ["Hanoi", "Bangkok", "Manila", "Seoul"]
NOISE_VI = "Tin liên quan\n\nGiá vàng hôm nay tăng mạnh\nThời tiết miền Bắc chuyển lạnh\nLịch nghỉ Tết năm nay\n"
NOISE_EN = "Related news\n\nGold prices rise again\nWeather turns cold in the north\n"


def _vi(rng: random.Random) -> str:
    a, b, c = rng.sample(AGENCIES_VI, 3)
    campaign, phase, city = rng.choice(CAMPAIGNS)[0], rng.randint(2, 9), rng.choice(CITIES_VI)
    day, month, year = rng.randint(1, 20), rng.randint(1, 12), rng.randint(2019, 2025)
    return (f"{a} tham gia Chiến dịch {campaign} giai đoạn {phase}\n"
            f"Từ ngày {day}-{day + 3}/{month}/{year}, tại {city}, {a} tham dự Hội nghị sơ kết Chiến dịch {campaign} "
            f"giai đoạn {phase} với sự tham gia của {b} và {c}.\n"
            f"Chiến dịch do {a} và {b} đồng sáng kiến, dưới sự hỗ trợ kỹ thuật của {c}.\n"
            f"Các bên thống nhất tăng cường trao đổi thông tin về các tuyến vận chuyển ma túy qua biên giới.\n"
            f"Cục trưởng Cục Điều tra chống buôn lậu Nguyễn Văn {rng.choice(['An', 'Bình', 'Cường'])} phát biểu.\n"
            + NOISE_VI)


def _en(rng: random.Random) -> str:
    a, b, c = rng.sample(AGENCIES_EN, 3)
    campaign, phase, city = rng.choice(CAMPAIGNS)[1], rng.randint(2, 9), rng.choice(CITIES_EN)
    day, year = rng.randint(1, 20), rng.randint(2019, 2025)
    return (f"{a} joins Operation {campaign} phase {phase}\n"
            f"{a} took part in Operation {campaign} phase {phase}, which was coordinated by {b} with the support "
            f"of {c}.\nThe review meeting of the operation was held in {city} from {day} to {day + 2} March {year} "
            f"and was attended by {b}.\nOfficials said seizures of methamphetamine rose again this year.\n" + NOISE_EN)


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
