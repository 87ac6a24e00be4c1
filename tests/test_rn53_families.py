"""Families found on round rn53's unseen pages (tests/realpages/pages/rn53_*, a blind round over all fields, report
years 2015-2020): each test names the family and the page it was seen on, and checks the pipeline on a text of that
shape written to a real file."""

from __future__ import annotations

import datetime as dt

from checker.pipeline import check_path

# A law library's copy of a ministry's report: the site's listing title with the document's date in brackets, the
# site's posting date with its view count beside it (the 浏览 label lost), an empty 发文时间 row, then the document's
# own title and date line.
LIBRARY = (
    "某某部2018年贯彻落实《法治政府建设实施纲要(2015-2020年)》的情况(2019年5月21日)\n\n"
    "2019-05-22 {count}\n"
    "发文时间:\n\n"
    "某某部 2018 年贯彻落实《法治政府建设实施纲要(2015-2020 年)》的情况\n\n"
    "2019 年 05 月 21 日\n\n"
    "2018 年,某某部以习近平新时代中国特色社会主义思想为指导,切实落实《法治政府建设实施纲要(2015-2020 年)》。\n\n"
    "一、坚持政治统领,系统谋划法治建设工作\n\n"
    "部党组会议专题研究贯彻中央全面依法治国委员会第一次会议精神,扎实推进法治建设各项任务取得实效。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def test_a_stamp_with_a_bare_count_beside_it_is_the_pages_date(tmp_path):
    """Family (rn53_rep_mnr_hxland_2018): "2019-05-22 1325" under the listing title is the site's posting stamp with
    its view count, whose label was lost. It is an unlabelled stamp (the later of the page's two dates), not a line
    of text; before the round only the title's bracketed date (2019-05-21) was found."""
    rep = _check(tmp_path, LIBRARY.format(count="1325"))
    assert rep.meta.published == dt.date(2019, 5, 22)


def test_a_clock_glued_to_a_count_is_still_not_a_stamp(tmp_path):
    """Guard (rn2_news_dongyang_yifazhijie_2023): "2023-07-10 10:114857阅读" — the time of day glued to the reading
    count — stays out of the stamps (only one bare number, with no clock beside it, is taken for a lost count), so the
    news headline keeps its own line and the byline below it is not joined to it."""
    text = (
        "讲好某地特色法治故事 我市首个全面依法治街委员会办公室揭牌\n"
        "某某客户端记者 张三 通讯员 李四\n"
        "2023-07-10 10:114857阅读\n\n"
        "7日上午,中共某市某街道工委全面依法治街委员会办公室揭牌。这是我市首个挂牌成立的全面依法治街委员会办公室。\n"
    )
    rep = _check(tmp_path, text)
    assert rep.meta.title == "讲好某地特色法治故事 我市首个全面依法治街委员会办公室揭牌"
    assert rep.meta.published is None


def test_two_numbers_beside_a_date_are_not_a_count(tmp_path):
    """Guard: two bare numbers beside the date ("2019-05-22 12 345") are not a lost count; the stamp is not taken
    from that line and the title's bracketed date is used as before."""
    rep = _check(tmp_path, LIBRARY.format(count="12 345"))
    assert rep.meta.published == dt.date(2019, 5, 21)
