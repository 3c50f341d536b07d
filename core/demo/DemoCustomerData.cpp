#include "demo/DemoCustomerData.h"

#include "demo/DemoText.h"

#include "demo/DemoRandom.h"

#include <iterator>

namespace tl::core::demo {

namespace {

QStringList u8List(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << u8(text);
    return list;
}

template <typename T, size_t N> const T& pick(DemoRandom& random, const T (&items)[N])
{
    return items[random.below(int(N))];
}

const QString& pick(DemoRandom& random, const QStringList& items)
{
    return items.at(random.below(int(items.size())));
}

// Characters of trade names (字号): two of them make names like 瑞丰, 恒达, 鑫源.
constexpr const char* kTradeChars[] = {
    "瑞", "丰", "恒", "达", "鑫", "源", "华", "盛", "泰", "祥", "宏", "远", "东", "方", "中", "天",
    "合", "众", "嘉", "信", "德", "润", "凯", "博", "新", "安", "正", "联", "创", "通", "汇", "海",
    "金", "宇", "星", "辰", "益", "兴", "隆", "昌", "和", "荣", "富", "永", "利", "明", "成", "佳",
    "茂", "长", "广", "元", "亿", "万", "科", "立", "锦", "誉", "卓", "越", "蓝", "晨", "顺", "腾",
    "峰", "驰", "尚", "优", "耀", "辉", "晟", "睿", "航", "程", "鼎", "坤", "久", "振", "拓", "佰",
};

constexpr const char* kRoads[] = {
    "人民路",   "解放路", "中山路", "建设路", "长江路", "和平路",   "新华路",
    "光明路",   "胜利路", "朝阳路", "科技路", "创业路", "工业大道", "滨江大道",
    "世纪大道", "文化路", "青年路", "学院路", "金融街", "商务大道",
};

constexpr const char* kBuildings[] = {"大厦", "广场", "中心", "科技园", "产业园", "商务楼"};

constexpr const char* kTitles[] = {
    "总经理",   "副总经理", "采购经理", "采购主管",   "财务经理", "行政经理",
    "技术总监", "运营总监", "店长",     "董事长助理", "项目经理", "采购专员",
};

constexpr const char* kPhoneNotes[] = {
    "电话沟通采购需求，客户下月有新订单计划", "电话确认报价单已收到，客户内部审批中",
    "电话回访产品使用情况，客户反馈良好",     "电话约定下周上门拜访",
    "电话跟进付款进度，财务称月底安排",       "电话介绍新品，客户要求发送资料",
    "电话沟通续约意向，客户希望价格再优惠",
};
constexpr const char* kVisitNotes[] = {
    "上门拜访采购经理，了解年度预算",     "拜访客户演示产品，对方技术部参加",
    "现场查看设备使用情况，提出维护建议", "拜访总经理，讨论长期合作框架",
    "送样品到客户处并讲解使用方法",       "上门对账，确认上季度发货明细",
};
constexpr const char* kWechatNotes[] = {
    "微信发送产品目录和报价",         "微信沟通交货时间，客户希望提前一周", "微信回复客户关于售后的问题",
    "微信发送合同草稿，等待客户反馈", "微信问候并了解近期采购计划",
};
constexpr const char* kEmailNotes[] = {
    "邮件发送正式报价单",
    "邮件发送合作方案，抄送对方采购部",
    "邮件确认对账明细",
    "邮件发送新品资料及节日问候",
};
constexpr const char* kOtherNotes[] = {
    "行业展会上与客户交流",
    "客户来公司参观考察",
    "参加客户组织的供应商大会",
};

constexpr const char* kOpportunities[] = {
    "年度办公设备采购", "生产线改造项目", "仓储管理系统", "全年耗材供应", "门店设备更新",
    "年度维保服务",     "新厂区配套项目", "物流外包服务", "员工培训项目", "信息化升级项目",
    "季度备货订单",     "新品试用合作",   "区域代理合作", "售后服务升级", "集中采购框架协议",
};

} // namespace

const QList<CityGeo>& cityGeos()
{
    static const QList<CityGeo> table{
        {u8("shanghai"), u8("上海"), 31230400, 121473700,
         u8List({"浦东新区", "黄浦区", "静安区", "徐汇区", "长宁区", "闵行区", "普陀区", "杨浦区"})},
        {u8("杭州"), u8("杭州"), 30274100, 120155100,
         u8List({"西湖区", "上城区", "拱墅区", "滨江区", "余杭区"})},
        {u8("南京"), u8("南京"), 32060300, 118796900,
         u8List({"玄武区", "秦淮区", "鼓楼区", "建邺区", "江宁区"})},
        {u8("苏州"), u8("苏州"), 31299000, 120585300,
         u8List({"姑苏区", "工业园区", "吴中区", "相城区", "虎丘区"})},
        {u8("beijing"), u8("北京"), 39904200, 116407400,
         u8List({"朝阳区", "海淀区", "东城区", "西城区", "丰台区"})},
        {u8("天津"), u8("天津"), 39084200, 117200900, u8List({"和平区", "河西区", "南开区", "滨海新区"})},
        {u8("济南"), u8("济南"), 36651200, 117120100, u8List({"历下区", "市中区", "槐荫区", "历城区"})},
        {u8("石家庄"), u8("石家庄"), 38042800, 114514900, u8List({"长安区", "桥西区", "新华区", "裕华区"})},
        {u8("广州"), u8("广州"), 23129100, 113264400,
         u8List({"天河区", "越秀区", "海珠区", "白云区", "番禺区"})},
        {u8("深圳"), u8("深圳"), 22543100, 114057900,
         u8List({"福田区", "南山区", "罗湖区", "宝安区", "龙岗区"})},
        {u8("福州"), u8("福州"), 26074500, 119296500, u8List({"鼓楼区", "台江区", "仓山区", "晋安区"})},
        {u8("武汉"), u8("武汉"), 30592800, 114305500, u8List({"江汉区", "武昌区", "洪山区", "江岸区"})},
        {u8("长沙"), u8("长沙"), 28228200, 112938800, u8List({"岳麓区", "芙蓉区", "天心区", "开福区"})},
        {u8("郑州"), u8("郑州"), 34746600, 113625300, u8List({"金水区", "二七区", "中原区", "郑东新区"})},
        {u8("成都"), u8("成都"), 30572800, 104066800, u8List({"锦江区", "武侯区", "青羊区", "高新区"})},
        {u8("重庆"), u8("重庆"), 29563000, 106551600, u8List({"渝中区", "江北区", "南岸区", "渝北区"})},
        {u8("昆明"), u8("昆明"), 25038900, 102718300, u8List({"五华区", "盘龙区", "官渡区", "西山区"})},
        {u8("西安"), u8("西安"), 34341600, 108939800, u8List({"雁塔区", "碑林区", "新城区", "未央区"})},
        {u8("兰州"), u8("兰州"), 36061100, 103834300, u8List({"城关区", "七里河区", "安宁区"})},
    };
    return table;
}

const CityGeo& cityGeo(const QString& cityKey)
{
    for (const CityGeo& city : cityGeos())
        if (city.key == cityKey)
            return city;
    return cityGeos().first();
}

const QList<Industry>& industries()
{
    static const QList<Industry> table{
        {u8("批发零售"), u8List({"贸易", "商贸", "供应链管理", "百货"})},
        {u8("制造业"), u8List({"机械", "实业", "精密制造", "五金制品", "电气设备"})},
        {u8("信息技术"), u8List({"科技", "信息技术", "软件", "网络科技", "数据科技"})},
        {u8("建筑工程"), u8List({"建设工程", "建筑装饰", "工程技术"})},
        {u8("医疗健康"), u8List({"医疗器械", "生物科技", "医药"})},
        {u8("物流运输"), u8List({"物流", "货运代理", "运输"})},
        {u8("餐饮酒店"), u8List({"餐饮管理", "酒店管理"})},
        {u8("教育培训"), u8List({"教育科技", "职业培训"})},
        {u8("能源化工"), u8List({"化工", "新能源", "环保科技"})},
        {u8("食品农业"), u8List({"食品", "农业发展"})},
        {u8("电子电器"), u8List({"电子", "电器", "光电科技"})},
        {u8("文化传媒"), u8List({"文化传媒", "广告"})},
    };
    return table;
}

QString companyName(DemoRandom& random, const CityGeo& city, const Industry& industry)
{
    const int first = random.below(int(std::size(kTradeChars)));
    int second = random.below(int(std::size(kTradeChars)) - 1);
    if (second >= first)
        ++second; // two different characters
    const int form = random.below(100);
    const char* legal = form < 85 ? "有限公司" : form < 95 ? "股份有限公司" : "有限责任公司";
    return city.name + u8(kTradeChars[first]) + u8(kTradeChars[second]) + pick(random, industry.nameWords) +
           u8(legal);
}

QString streetAddress(DemoRandom& random, const QString& district)
{
    QString address =
        district + u8(pick(random, kRoads)) + QString::number(random.between(1, 999)) + u8("号");
    if (random.percent(40))
        address += u8(pick(random, kBuildings)) + QString::number(random.between(2, 28)) + u8("楼");
    return address;
}

QString contactTitle(DemoRandom& random)
{
    return u8(pick(random, kTitles));
}

QString followUpContent(DemoRandom& random, const QString& method)
{
    if (method == QLatin1String("phone"))
        return u8(pick(random, kPhoneNotes));
    if (method == QLatin1String("visit"))
        return u8(pick(random, kVisitNotes));
    if (method == QLatin1String("wechat"))
        return u8(pick(random, kWechatNotes));
    if (method == QLatin1String("email"))
        return u8(pick(random, kEmailNotes));
    return u8(pick(random, kOtherNotes));
}

QString opportunityName(DemoRandom& random)
{
    return u8(pick(random, kOpportunities));
}

} // namespace tl::core::demo
