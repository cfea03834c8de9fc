[assembly: AssemblyFixture(typeof(LiandongHostFixture))]
[assembly: AssemblyFixture(typeof(Liandong.Bankruptcy.Browser.Tests.BrowserFixture))]

