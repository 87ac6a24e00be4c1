"""Count the labelled real pages per province (autonomous region, 兵团, central units) and per page source.

    .venv/bin/python tests/realpages/coverage.py          # two markdown tables

A reading aid for choosing where a new round gathers pages; it decides nothing in the checker. The province is the
first place name found in the label's issuer, then its title, then the page's first 400 characters, then the province named
most often in the whole page, then the URL's host (a prefecture/county name list, longest name first at a position); the source is read from the URL's host/path.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

PLACES = {
    "北京": "北京 东城区 西城区 海淀 丰台 石景山 门头沟 房山 通州区 顺义 昌平 大兴区 怀柔 平谷 密云 延庆 垡头",
    "天津": "天津 和平区 河东区 河西区 南开区 河北区 红桥区 东丽 西青 津南 北辰 武清 宝坻 滨海新区 宁河 静海 蓟州",
    "上海": "上海 黄浦 徐汇 长宁区 静安 普陀区 虹口 杨浦 闵行 宝山区 嘉定 浦东 金山区 松江 青浦 奉贤 崇明",
    "重庆": "重庆 万州 涪陵 渝中 大渡口 江北区 沙坪坝 九龙坡 南岸区 北碚 綦江 大足 渝北 巴南 黔江 长寿区 江津 合川 永川 南川 璧山 铜梁 潼南 荣昌"
    " 开州 梁平 武隆 城口 丰都 垫江 忠县 云阳 奉节 巫山 巫溪 石柱 秀山 酉阳 彭水",
    "河北": "河北 石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 雄安",
    "山西": "山西 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 芮城",
    "内蒙古": "内蒙古 西乌珠穆沁 东乌珠穆沁 东乌旗 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安盟 锡林郭勒 阿拉善",
    "辽宁": "辽宁 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳市 葫芦岛",
    "吉林": "吉林 长春 四平 辽源 通化 白山市 松原 白城 延边",
    "黑龙江": "黑龙江 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭",
    "江苏": "江苏 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 张家港",
    "浙江": "浙江 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 青田 路桥",
    "安徽": "安徽 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 宁国",
    "福建": "福建 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江",
    "江西": "江西 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东": "山东 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南": "河南 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 郏县",
    "湖北": "湖北 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架 黄陂 应城",
    "湖南": "湖南 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 沅陵 麻阳",
    "广东": "广东 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山市 潮州 揭阳 云浮 增城 海珠",
    "广西": "广西 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
    "海南": "海南省 海口 三亚 三沙 儋州 五指山 琼海 文昌 万宁 东方市 定安 屯昌 澄迈 临高 白沙黎族 昌江 乐东 陵水 保亭 琼中",
    "四川": "四川 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山",
    "贵州": "贵州 贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南",
    "云南": "云南 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆",
    "西藏": "西藏 拉萨 日喀则 昌都 林芝 山南 那曲 阿里地区",
    "陕西": "陕西 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 杨凌",
    "甘肃": "甘肃 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南",
    "青海": "青海 西宁 海东 海北 黄南 海南州 海南藏族 果洛 玉树 海西",
    "宁夏": "宁夏 银川 石嘴山 吴忠 固原 中卫",
    "新疆": "新疆维吾尔 新疆 乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰",
    "兵团": "兵团 生产建设兵团 石河子 五家渠 阿拉尔 图木舒克 北屯 铁门关 可克达拉 昆玉 胡杨河 新星市",
    "中央": "国务院 中共中央 教育部 公安部 民政部 司法部 财政部 自然资源部 生态环境部 住房和城乡建设部 交通运输部 水利部 农业农村部"
    " 商务部 文化和旅游部 国家卫生健康委 应急管理部 审计署 海关总署 国家税务总局 市场监管总局 国家市场监督管理总局 国家统计局"
    " 国家知识产权局 工业和信息化部 科学技术部 国家发展和改革委员会 人力资源和社会保障部 退役军人事务部 中国人民银行 全国人大",
}
HOSTS = {
    "北京": "beijing bj",
    "天津": "tj tianjin",
    "上海": "sh shanghai",
    "重庆": "cq",
    "河北": "hebei",
    "山西": "shanxi",
    "内蒙古": "nmg",
    "辽宁": "ln",
    "吉林": "jl",
    "黑龙江": "hlj",
    "江苏": "js jiangsu",
    "浙江": "zj zhejiang",
    "安徽": "ah",
    "福建": "fj fujian",
    "江西": "jiangxi jx",
    "山东": "sd shandong",
    "河南": "henan ha",
    "湖北": "hubei",
    "湖南": "hunan",
    "广东": "gd",
    "广西": "gxzf gx",
    "海南": "hainan",
    "四川": "sc",
    "贵州": "guizhou gz",
    "云南": "yn",
    "西藏": "xizang",
    "陕西": "shaanxi",
    "甘肃": "gansu gs",
    "青海": "qinghai",
    "宁夏": "nx",
    "新疆": "xinjiang xj",
    "兵团": "bingtuan xjbt",
}
_NAME_TO_PROV = {name: prov for prov, names in PLACES.items() for name in names.split()}
_RX = re.compile("|".join(sorted(map(re.escape, _NAME_TO_PROV), key=len, reverse=True)))

DOC_SITES = (
    "docin",
    "doc88",
    "renrendoc",
    "wenku",
    "360doc",
    "book118",
    "wnwk",
    "doc",
    "wenke",
    "gongwk",
    "xiaomili",
    "mayiwenku",
    "taodocs",
    "jinchutou",
    "fanwen",
    "wenmi",
    "ishare",
    "max.book",
    "wendangku",
    "zgkjsz",
)
LAW_DB = (
    "pkulaw",
    "lawinfochina",
    "chinalawinfo",
    "faxin",
    "wkinfo",
    "law-lib",
    "lawyee",
    "110.com",
    "findlaw",
    "cnlaw",
    "shuolaw",
    "fabao",
    "lawxp",
    "npc.gov.cn",
    "flk.",
)
NEWSPAPER = (
    "epaper",
    "paper.",
    "szb",
    "dzb",
    "e.",
    "news.",
    "people.com",
    "xinhuanet",
    "news.cn",
    "fzb",
    "legaldaily",
    "rmzxb",
    "chinadaily",
    "gmw.cn",
    "cnr.cn",
    "cctv",
    "ce.cn",
    "chinanews",
    "thepaper",
    "fx361",
    "baogaosu",
    "sohu",
    "163.com",
    "qq.com",
    "ifeng",
    "sina",
)


def province(lab: dict, page_head: str, page_text: str = "") -> str:
    for text in (lab.get("issuer"), lab.get("title"), page_head):
        m = _RX.search(str(text or ""))
        if m:
            return _NAME_TO_PROV[m.group(0)]
    # the province named most often in the whole page (a county's report names its city or province somewhere)
    most = collections.Counter(_NAME_TO_PROV[m.group(0)] for m in _RX.finditer(page_text)).most_common(1)
    if most:
        return most[0][0]
    host = re.sub(r"^https?://", "", str(lab.get("url") or "")).split("/")[0].split(":")[0]
    parts = host.split(".")
    for prov, keys in HOSTS.items():
        if any(k in parts for k in keys.split()):
            return prov
    return "(未定)"


def source(url: str | None) -> str:
    u = str(url or "").lower()
    host = re.sub(r"^https?://", "", u).split("/")[0]
    path = u[len(re.sub(r"/.*", "", re.sub(r"^https?://", "", u))) :]
    if not host or host in ("null", "none"):
        return "无网址"
    if "mp.weixin" in host or "weixin" in u or "wechat" in u:
        return "微信(含镜像)"
    if "baijiahao" in host or "mbd.baidu" in host:
        return "百度百家号"
    if any(k in host for k in DOC_SITES) or "wenku" in u:
        return "文档站"
    if any(k in u for k in LAW_DB):
        return "法律数据库/人大"
    if host.endswith(".gov.cn") or ".gov.cn:" in host:
        sub = host.split(".")[0]
        if sub.startswith(("sft", "sfj", "sfxzj", "sf.", "fzb")) or sub in ("sf", "sfj", "sft"):
            kind = "司法厅/局网站"
        else:
            kind = "政府门户/部门网站"
        if sub in ("m", "wap") or "/mobile/" in path or "/wap/" in path:
            return kind + "(移动版)"
        return kind
    if host.startswith(("m.", "wap.", "3g.")) or "/mobile/" in path:
        return "其他网站(移动版)"
    if any(k in host for k in NEWSPAPER):
        return "报纸/新闻网站"
    if host.endswith((".edu.cn", ".org", ".org.cn", ".ac.cn")):
        return "学术/机构网站"
    return "其他网站(转载/镜像)"


def main() -> None:
    prov, src, kinds = collections.Counter(), collections.Counter(), collections.Counter()
    for lab_path in sorted((HERE / "labels").glob("*.yaml")):
        lab = yaml.safe_load(lab_path.read_text(encoding="utf-8")) or {}
        page = HERE / "pages" / (lab_path.stem + ".txt")
        text = page.read_text(encoding="utf-8") if page.exists() else ""
        p, s = province(lab, text[:400], text), source(lab.get("url"))
        is_rep = lab.get("kind") == "report"
        prov[p] += 1
        src[s] += 1
        kinds[(p, is_rep)] += 1
        kinds[(s, is_rep)] += 1
    total = sum(prov.values())
    print("| 省级区域 | 页面 | 其中报告 |\n|---|---|---|")
    for p, n in sorted(prov.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {p} | {n} | {kinds[(p, True)]} |")
    print(f"| 合计 | {total} | |\n\n| 页面来源 | 页面 | 其中报告 |\n|---|---|---|")
    for s, n in sorted(src.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {s} | {n} | {kinds[(s, True)]} |")


if __name__ == "__main__":
    sys.exit(main())
