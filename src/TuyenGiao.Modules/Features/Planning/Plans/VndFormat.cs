using System.Globalization;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>Amounts in Vietnamese đồng as official documents write them: "1.234.567 đ".</summary>
public static class VndFormat
{
    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static string Format(long amount) => amount.ToString("#,0", Numbers) + " đ";

    /// <summary>Just the number with dot separators ("1.234.567").</summary>
    public static string Number(long amount) => amount.ToString("#,0", Numbers);
}
