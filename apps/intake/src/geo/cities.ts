// City centres with their provinces (from the shared data set): the fallback location of an address
// given without coordinates, for dispatch distances.

export interface City {
  en: string;
  zh: string;
  province: string;
  lat: number;
  lon: number;
}

export const CITIES: readonly City[] = [
  { en: 'Beijing', zh: '北京', province: '北京市', lat: 39.90, lon: 116.41 },
  { en: 'Tianjin', zh: '天津', province: '天津市', lat: 39.08, lon: 117.20 },
  { en: 'Shanghai', zh: '上海', province: '上海市', lat: 31.23, lon: 121.47 },
  { en: 'Chongqing', zh: '重庆', province: '重庆市', lat: 29.56, lon: 106.55 },
  { en: 'Shijiazhuang', zh: '石家庄', province: '河北省', lat: 38.04, lon: 114.51 },
  { en: 'Baoding', zh: '保定', province: '河北省', lat: 38.87, lon: 115.46 },
  { en: 'Taiyuan', zh: '太原', province: '山西省', lat: 37.87, lon: 112.55 },
  { en: 'Hohhot', zh: '呼和浩特', province: '内蒙古自治区', lat: 40.84, lon: 111.75 },
  { en: 'Shenyang', zh: '沈阳', province: '辽宁省', lat: 41.81, lon: 123.43 },
  { en: 'Dalian', zh: '大连', province: '辽宁省', lat: 38.91, lon: 121.61 },
  { en: 'Changchun', zh: '长春', province: '吉林省', lat: 43.82, lon: 125.32 },
  { en: 'Harbin', zh: '哈尔滨', province: '黑龙江省', lat: 45.80, lon: 126.53 },
  { en: 'Nanjing', zh: '南京', province: '江苏省', lat: 32.06, lon: 118.80 },
  { en: 'Suzhou', zh: '苏州', province: '江苏省', lat: 31.30, lon: 120.58 },
  { en: 'Kunshan', zh: '昆山', province: '江苏省', lat: 31.38, lon: 120.98 },
  { en: 'Wuxi', zh: '无锡', province: '江苏省', lat: 31.49, lon: 120.31 },
  { en: 'Hangzhou', zh: '杭州', province: '浙江省', lat: 30.27, lon: 120.16 },
  { en: 'Jiaxing', zh: '嘉兴', province: '浙江省', lat: 30.75, lon: 120.76 },
  { en: 'Ningbo', zh: '宁波', province: '浙江省', lat: 29.87, lon: 121.54 },
  { en: 'Hefei', zh: '合肥', province: '安徽省', lat: 31.82, lon: 117.23 },
  { en: 'Fuzhou', zh: '福州', province: '福建省', lat: 26.07, lon: 119.30 },
  { en: 'Xiamen', zh: '厦门', province: '福建省', lat: 24.48, lon: 118.09 },
  { en: 'Nanchang', zh: '南昌', province: '江西省', lat: 28.68, lon: 115.86 },
  { en: 'Jinan', zh: '济南', province: '山东省', lat: 36.65, lon: 117.12 },
  { en: 'Qingdao', zh: '青岛', province: '山东省', lat: 36.07, lon: 120.38 },
  { en: 'Zhengzhou', zh: '郑州', province: '河南省', lat: 34.75, lon: 113.62 },
  { en: 'Luoyang', zh: '洛阳', province: '河南省', lat: 34.62, lon: 112.45 },
  { en: 'Wuhan', zh: '武汉', province: '湖北省', lat: 30.59, lon: 114.31 },
  { en: 'Changsha', zh: '长沙', province: '湖南省', lat: 28.23, lon: 112.94 },
  { en: 'Guangzhou', zh: '广州', province: '广东省', lat: 23.13, lon: 113.26 },
  { en: 'Shenzhen', zh: '深圳', province: '广东省', lat: 22.54, lon: 114.06 },
  { en: 'Dongguan', zh: '东莞', province: '广东省', lat: 23.02, lon: 113.75 },
  { en: 'Foshan', zh: '佛山', province: '广东省', lat: 23.02, lon: 113.12 },
  { en: 'Nanning', zh: '南宁', province: '广西壮族自治区', lat: 22.82, lon: 108.37 },
  { en: 'Haikou', zh: '海口', province: '海南省', lat: 20.04, lon: 110.20 },
  { en: 'Chengdu', zh: '成都', province: '四川省', lat: 30.57, lon: 104.07 },
  { en: 'Guiyang', zh: '贵阳', province: '贵州省', lat: 26.65, lon: 106.63 },
  { en: 'Kunming', zh: '昆明', province: '云南省', lat: 25.04, lon: 102.71 },
  { en: 'Lhasa', zh: '拉萨', province: '西藏自治区', lat: 29.65, lon: 91.14 },
  { en: 'Xian', zh: '西安', province: '陕西省', lat: 34.34, lon: 108.94 },
  { en: 'Lanzhou', zh: '兰州', province: '甘肃省', lat: 36.06, lon: 103.83 },
  { en: 'Xining', zh: '西宁', province: '青海省', lat: 36.62, lon: 101.78 },
  { en: 'Yinchuan', zh: '银川', province: '宁夏回族自治区', lat: 38.49, lon: 106.23 },
  { en: 'Urumqi', zh: '乌鲁木齐', province: '新疆维吾尔自治区', lat: 43.83, lon: 87.62 },
];

/** The city centre for an address, matched by Chinese or English name with or without 市. */
export function findCity(name: string): City | undefined {
  const key = name.trim().replace(/市$/, '').toLowerCase();
  return CITIES.find((c) => c.zh === key || c.en.toLowerCase() === key);
}
