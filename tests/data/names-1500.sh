#!/bin/sh
# names-1500.sh — write tests/data/names-1500.tsv, the set of realistic
# names that test-pinyin measures search by every reasonable reading
# against (issue 13).  Run once; the table is kept in the tree:
#
#   sh tests/data/names-1500.sh > tests/data/names-1500.tsv
#
# The readings below were written by hand from what a teacher says when
# reading a class list aloud (with 现代汉语词典 for the doubtful ones), NOT
# taken from Unihan: the test would otherwise compare the program with
# itself.  A surname has one reading (曾 zeng, 单 shan, 覃 qin; double
# surnames 澹台 tan tai, 万俟 mo qi, 单于 chan yu …); a given-name
# character has every reading a name can have, the likeliest first
# (长 chang/zhang, 晟 sheng/cheng, 乐 le/yue, 行 xing/hang, 重 zhong/chong,
# 朝 zhao/chao, 茜 qian/xi, 柏 bai/bo, 靓 liang/jing, 劲 jing/jin, 莘 xin/shen,
# 玢 bin/fen, 珩 heng/hang, 偲 si/cai, 隽 jun/juan, 焘 tao/dao, 玟 wen/min,
# 芾 fu/fei, 筠 yun/jun, 溱 zhen/qin, 莞 wan/guan, 浚 jun/xun, 宓 mi/fu,
# 伽 jia/qie — characters people named with them are called both ways).
# Names are drawn with a fixed linear congruential generator (the same
# file every run): a surname (common ones most often, then the surnames
# read differently and the double surnames), then one or two given-name
# characters (two in 7 of 10), no name twice.  The explicit cases of the
# issue come first.
set -eu
cat <<'HEAD'
# names-1500.tsv — 1,500 realistic names, each followed by every reasonable
# full reading (syllables separated by blanks, the likeliest first), one
# name a line, tab-separated.  Made by tests/data/names-1500.sh (do not
# edit by hand; change the script and run it again): common surnames, the
# surnames read differently (曾 zeng, 单 shan, 覃 qin …) and the double
# surnames of the national list (澹台 tan tai, 万俟 mo qi, 单于 chan yu,
# 乐正 yue zheng …), with ~300 common given-name characters in one- and
# two-character given names, drawn by a fixed generator; the eight cases of
# issue 13 first.  Readings written by hand, not taken from Unihan: a
# surname has one reading; a given-name character every reading a name
# can have (长 chang/zhang, 晟 sheng/cheng, 乐 le/yue, 行 xing/hang,
# 重 zhong/chong, 朝 zhao/chao, 茜 qian/xi, 柏 bai/bo, 靓 liang/jing,
# 劲 jing/jin, 莘 xin/shen, 珩 heng/hang, 筠 yun/jun …), checked against 现代汉语词典 and against the names of
# people known to carry them; no reading that exists only outside names
# (红 gong, 思 sai, 家 jie) is listed.  test-pinyin measures the share of
# names found by all of their readings, full and initials (≥ 95%).
HEAD
LC_ALL=C awk '
BEGIN {
	# surnames: characters:reading (syllables separated by ".")
	ns = split("王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao " \
	    "吴:wu 周:zhou 徐:xu 孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao " \
	    "林:lin 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu 韩:han " \
	    "冯:feng 邓:deng 曹:cao 彭:peng 肖:xiao 田:tian 董:dong 袁:yuan " \
	    "潘:pan 于:yu 蒋:jiang 蔡:cai 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei " \
	    "吕:lv 丁:ding 任:ren 沈:shen 姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong " \
	    "谭:tan 陆:lu 汪:wang 范:fan 金:jin 石:shi 廖:liao 贾:jia 夏:xia " \
	    "韦:wei 付:fu 方:fang 白:bai 邹:zou 孟:meng 熊:xiong 秦:qin 邱:qiu " \
	    "江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 侯:hou 龙:long 史:shi " \
	    "陶:tao 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan " \
	    "钱:qian 严:yan 武:wu 戴:dai 莫:mo 孔:kong 向:xiang 汤:tang", S, " ")
	nsp = split("曾:zeng 单:shan 解:xie 仇:qiu 朴:piao 查:zha 区:ou 覃:qin " \
	    "翟:zhai 盖:ge 缪:miao 乐:yue 尉:wei 召:shao 冼:xian 宁:ning 柏:bai " \
	    "纪:ji 燕:yan 华:hua 殷:yin 车:che 重:chong 种:chong 员:yun 能:nai " \
	    "秘:bi 句:gou 繁:po 隗:wei 过:guo 卜:bu 长:chang 都:du 莘:shen", SP, " ")
	nc = split("澹台:tan.tai 欧阳:ou.yang 司马:si.ma 上官:shang.guan " \
	    "诸葛:zhu.ge 东方:dong.fang 皇甫:huang.fu 尉迟:yu.chi 公孙:gong.sun " \
	    "慕容:mu.rong 长孙:zhang.sun 宇文:yu.wen 司徒:si.tu 令狐:ling.hu " \
	    "钟离:zhong.li 端木:duan.mu 万俟:mo.qi 单于:chan.yu 轩辕:xuan.yuan " \
	    "夏侯:xia.hou 独孤:du.gu 南宫:nan.gong 百里:bai.li 呼延:hu.yan " \
	    "拓跋:tuo.ba 闻人:wen.ren 东郭:dong.guo 西门:xi.men 公冶:gong.ye " \
	    "太史:tai.shi 申屠:shen.tu 亓官:qi.guan 仲孙:zhong.sun 司空:si.kong " \
	    "濮阳:pu.yang 淳于:chun.yu 鲜于:xian.yu 闾丘:lv.qiu 左丘:zuo.qiu " \
	    "羊舌:yang.she 微生:wei.sheng 乐正:yue.zheng 梁丘:liang.qiu " \
	    "段干:duan.gan 宰父:zai.fu 谷梁:gu.liang 公西:gong.xi 漆雕:qi.diao " \
	    "巫马:wu.ma 子车:zi.ju 颛孙:zhuan.sun 壤驷:rang.si 公良:gong.liang " \
	    "拓拔:tuo.ba 赫连:he.lian 公羊:gong.yang 宗政:zong.zheng " \
	    "太叔:tai.shu 司寇:si.kou 夹谷:jia.gu", C, " ")
	# given-name characters: character:reading[/reading…], likeliest first
	ng = split("长:chang/zhang 晟:sheng/cheng 乐:le/yue 行:xing/hang " \
	    "重:zhong/chong 朝:zhao/chao 茜:qian/xi 柏:bai/bo 靓:liang/jing " \
	    "劲:jing/jin 莘:xin/shen 玢:bin/fen 珩:heng/hang 偲:si/cai " \
	    "隽:jun/juan 焘:tao/dao 玟:wen/min 芾:fu/fei 筠:yun/jun " \
	    "溱:zhen/qin 莞:wan/guan 浚:jun/xun 宓:mi/fu 伽:jia/qie " \
	    "少:shao 传:chuan 强:qiang 家:jia 和:he 会:hui " \
	    "华:hua 单:dan 好:hao 正:zheng 中:zhong 相:xiang 兴:xing 盛:sheng " \
	    "莎:sha 蔚:wei 露:lu 乾:qian 觉:jue 娜:na 杉:shan 泊:bo 纪:ji " \
	    "任:ren 燕:yan 宁:ning 广:guang 应:ying 期:qi 荷:he 艾:ai 蔓:man " \
	    "大:da 伯:bo 仲:zhong 纶:lun 澄:cheng 楷:kai 发:fa 占:zhan " \
	    "冲:chong 涌:yong 媛:yuan 召:zhao 见:jian 得:de 地:di 亚:ya 奇:qi " \
	    "佳:jia 俊:jun 弘:hong 熙:xi 曦:xi 婧:jing 祺:qi 晓:xiao 尧:yao " \
	    "斌:bin 钰:yu 琛:chen 嘉:jia 菲:fei 曼:man 倩:qian 晗:han 铎:duo " \
	    "鸿:hong 煜:yu 瑾:jin 栋:dong 桦:hua 楠:nan 枫:feng 允:yun 恒:heng " \
	    "煦:xu 佑:you 瑜:yu 钧:jun 亮:liang 斐:fei 彦:yan 奕:yi 轩:xuan " \
	    "晨:chen 宸:chen 铭:ming 子:zi 若:ruo 汐:xi 依:yi 欣:xin 悦:yue " \
	    "妍:yan 雯:wen 琳:lin 瑶:yao 涵:han 萱:xuan 蓉:rong 芸:yun 蕾:lei " \
	    "莹:ying 薇:wei 雪:xue 梅:mei 兰:lan 凤:feng 霞:xia 红:hong 丽:li " \
	    "艳:yan 静:jing 敏:min 秀:xiu 英:ying 玉:yu 珍:zhen 桂:gui 芳:fang " \
	    "春:chun 月:yue 云:yun 雨:yu 思:si 梓:zi 诗:shi 语:yu 可:ke 心:xin " \
	    "怡:yi 馨:xin 一:yi 博:bo 文:wen 武:wu 国:guo 建:jian 军:jun " \
	    "明:ming 伟:wei 勇:yong 杰:jie 涛:tao 辉:hui 鹏:peng 浩:hao 宇:yu " \
	    "泽:ze 睿:rui 航:hang 天:tian 豪:hao 志:zhi 海:hai 林:lin 松:song " \
	    "江:jiang 峰:feng 磊:lei 鑫:xin 森:sen 然:ran 安:an 平:ping 福:fu " \
	    "贵:gui 金:jin 宝:bao 小:xiao 新:xin 永:yong 瑞:rui 祥:xiang " \
	    "成:cheng 立:li 东:dong 南:nan 阳:yang 晴:qing 飞:fei 翔:xiang " \
	    "龙:long 德:de 仁:ren 义:yi 智:zhi 信:xin 忠:zhong 耀:yao 光:guang " \
	    "荣:rong 振:zhen 彬:bin 凯:kai 锐:rui 逸:yi 帆:fan 蒙:meng 尚:shang " \
	    "景:jing 旭:xu 昊:hao 哲:zhe 沛:pei 朗:lang 勋:xun 璐:lu 颖:ying " \
	    "咏:yong 鲜:xian 奔:ben 荫:yin 翘:qiao 宛:wan 惠:hui 绮:qi 婵:chan " \
	    "昕:xin 祎:yi 垚:yao 歆:xin 玮:wei 喆:zhe 堃:kun 淼:miao 焱:yan " \
	    "卓:zhuo 帅:shuai 圣:sheng 晋:jin 靖:jing 骏:jun 煊:xuan 烨:ye " \
	    "炜:wei 暄:xuan 禹:yu 岚:lan 兆:zhao 泉:quan 洋:yang 波:bo 泓:hong " \
	    "湛:zhan 潇:xiao 澜:lan 遥:yao 婷:ting 娟:juan 娇:jiao 姝:shu " \
	    "嫣:yan 姗:shan 妮:ni 茹:ru 菁:jing 蓓:bei 蕊:rui 芊:qian 芷:zhi " \
	    "莉:li 鸣:ming 丹:dan 彤:tong 朵:duo 希:xi 甜:tian 娅:ya 果:guo", G, " ")
	n = 0
	# the cases of issue 13, by hand
	out("张长江", "zhang.chang.jiang zhang.zhang.jiang")
	out("覃晟睿", "qin.sheng.rui qin.cheng.rui")
	out("澹台明月", "tan.tai.ming.yue")
	out("单于乐", "chan.yu.le chan.yu.yue")
	out("乐正朝阳", "yue.zheng.zhao.yang yue.zheng.chao.yang")
	out("曾小红", "zeng.xiao.hong")
	out("万俟行", "mo.qi.xing mo.qi.hang")
	out("李重阳", "li.chong.yang li.zhong.yang")
	seed = 20261207
	while (n < 1500) {
		r = rnd(100)
		if (r < 70)
			sn = S[1 + rnd(ns)]
		else if (r < 85)
			sn = SP[1 + rnd(nsp)]
		else
			sn = C[1 + rnd(nc)]
		split(sn, a, ":")
		name = a[1]
		reads = a[2]
		k = rnd(10) < 7 ? 2 : 1
		for (i = 0; i < k; i++) {
			split(G[1 + rnd(ng)], b, ":")
			name = name b[1]
			m = split(b[2], alt, "/")
			nr = split(reads, cur, " ")
			reads = ""
			for (x = 1; x <= m; x++)	# the likeliest reading first
				for (y = 1; y <= nr; y++)
					reads = reads (reads == "" ? "" : " ") cur[y] "." alt[x]
		}
		if (name in done)
			continue
		out(name, reads)
	}
}
function rnd(m) {
	seed = (seed * 1103515245 + 12345) % 2147483648
	return int(seed / 65536) % m
}
function out(name, reads,   m, i, r) {
	done[name] = 1
	n++
	m = split(reads, r, " ")
	line = name
	for (i = 1; i <= m; i++) {
		gsub(/\./, " ", r[i])
		line = line "\t" r[i]
	}
	print line
}'
